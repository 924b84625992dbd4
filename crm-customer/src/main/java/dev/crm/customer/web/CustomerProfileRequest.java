package dev.crm.customer.web;

import dev.crm.core.api.EmailAddress;
import dev.crm.core.api.PhoneNumber;
import dev.crm.customer.api.AgeBand;
import dev.crm.customer.api.CityTier;
import dev.crm.customer.api.ContactChannel;
import dev.crm.customer.api.Gender;
import dev.crm.customer.api.IncomeBand;
import dev.crm.customer.api.RiskFlag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * A customer's profile for registration ({@code POST}) and revision ({@code PUT}, which
 * replaces the whole profile). E-mail and phone are checked by their value types and enums by
 * their names; a malformed one is a 400 naming the field.
 */
record CustomerProfileRequest(
        @NotBlank @Size(max = 200) String displayName,
        @Size(max = 200) String legalName,
        EmailAddress email,
        PhoneNumber phone,
        @Size(max = 128) String wechatOpenId,
        @Size(max = 100) String externalRef,
        Set<ContactChannel> consents,
        ContactChannel preferredChannel,
        @Size(max = 100) String region,
        CityTier cityTier,
        @Size(max = 100) String industry,
        AgeBand ageBand,
        Gender gender,
        IncomeBand incomeBand,
        Set<RiskFlag> riskFlags,
        @Size(max = 30) Set<@NotBlank @Size(max = 50) String> tags) {
}
