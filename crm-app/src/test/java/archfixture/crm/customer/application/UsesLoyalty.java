package archfixture.crm.customer.application;

import archfixture.crm.loyalty.api.LoyaltyView;

/** Violates: customer may not use loyalty, which is to its right (and closes a cycle). */
public class UsesLoyalty {
    LoyaltyView view;
}
