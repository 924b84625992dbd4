package archfixture.crm.customer.domain;

import archfixture.crm.customer.web.CustomerPage;

/** Violates: domain packages do not depend on web packages. */
public class CustomerAggregate {
    CustomerPage page;
}
