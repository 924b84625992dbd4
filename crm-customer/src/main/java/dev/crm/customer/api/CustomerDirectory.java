package dev.crm.customer.api;

import java.util.Optional;

/**
 * Finds customers for other modules, e.g. the complaint intake matching an inbound message's
 * sender to a known customer.
 */
public interface CustomerDirectory {

    Optional<CustomerView> find(CustomerId id);

    /** By e-mail address, phone number (any common spelling) or external reference, in that order. */
    Optional<CustomerView> findByContact(String emailPhoneOrExternalRef);
}
