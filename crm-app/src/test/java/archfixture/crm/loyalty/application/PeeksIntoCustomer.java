package archfixture.crm.loyalty.application;

import archfixture.crm.customer.internal.CustomerSecret;

/** Violates: a module touches another only through its api package. */
public class PeeksIntoCustomer {
    CustomerSecret secret;
}
