package dev.crm.customer.api;

import dev.crm.core.api.EmailAddress;
import dev.crm.core.api.PhoneNumber;
import java.time.Instant;
import java.util.Set;

/** A customer as other modules see it. */
public record CustomerView(CustomerId id, String displayName, EmailAddress email, PhoneNumber phone,
                           String externalRef, String region, Set<String> tags, Instant createdAt) {
}
