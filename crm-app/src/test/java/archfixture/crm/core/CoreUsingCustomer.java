package archfixture.crm.core;

import archfixture.crm.customer.api.CustomerView;

/** Violates: core depends on no domain module. */
public class CoreUsingCustomer {
    CustomerView view;
}
