/**
 * Deliberately broken classes, one set per architecture rule, laid out like the product's
 * modules. Never referenced by the product; only the rule tests import them.
 */
package archfixture.crm;
