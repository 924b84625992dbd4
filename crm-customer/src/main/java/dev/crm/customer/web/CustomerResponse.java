package dev.crm.customer.web;

import java.time.Instant;
import java.util.Set;

/** A customer as the API shows it; {@link #masked()} hides contacts from roles that don't need them. */
record CustomerResponse(String id, String displayName, String email, String phone, String externalRef,
                        String region, Set<String> tags, Instant createdAt, Long version) {

    CustomerResponse masked(String maskedEmail, String maskedPhone) {
        return new CustomerResponse(id, displayName, maskedEmail, maskedPhone, externalRef, region, tags, createdAt,
                version);
    }
}
