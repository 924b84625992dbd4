package dev.crm.customer.application;

import dev.crm.core.api.EmailAddress;
import dev.crm.core.api.PhoneNumber;
import java.util.Set;

/** The command to register a customer. */
public record RegisterCustomer(String displayName, EmailAddress email, PhoneNumber phone, String externalRef,
                               String region, Set<String> tags) {
}
