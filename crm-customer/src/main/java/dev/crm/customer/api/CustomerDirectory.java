package dev.crm.customer.api;

import java.util.Optional;

/**
 * Finds customers for other modules, e.g. the complaint intake matching an inbound message's
 * sender to a known customer, or an SLA policy conditioned on the customer's value tier.
 */
public interface CustomerDirectory {

    Optional<CustomerView> find(CustomerId id);

    /**
     * By e-mail address, phone number (any common spelling), WeChat openid or external
     * reference — whichever the text is.
     */
    Optional<CustomerView> findByContact(String contact);

    /** The customer's current value tier, empty when unknown or not yet scored. */
    default Optional<ValueTier> valueTierOf(CustomerId id) {
        return find(id).map(CustomerView::valueTier);
    }
}
