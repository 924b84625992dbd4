package dev.crm.customer.web;

import dev.crm.core.api.EmailAddress;
import dev.crm.core.api.PhoneNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** E-mail and phone are checked by their value types; a malformed one is a 400 naming the field. */
record RegisterCustomerRequest(
        @NotBlank @Size(max = 200) String displayName,
        EmailAddress email,
        PhoneNumber phone,
        @Size(max = 100) String externalRef,
        @Size(max = 100) String region,
        @Size(max = 30) Set<@NotBlank @Size(max = 50) String> tags) {
}
