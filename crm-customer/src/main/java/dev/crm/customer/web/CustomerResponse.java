package dev.crm.customer.web;

import dev.crm.customer.api.AgeBand;
import dev.crm.customer.api.CityTier;
import dev.crm.customer.api.ContactChannel;
import dev.crm.customer.api.Gender;
import dev.crm.customer.api.IncomeBand;
import dev.crm.customer.api.LifecycleStage;
import dev.crm.customer.api.RiskFlag;
import dev.crm.customer.api.ValueTier;
import java.time.Instant;
import java.util.Set;

/** A customer as the API shows it; {@link #masked} hides contacts from roles that don't need them. */
record CustomerResponse(String id, String displayName, String legalName, String email, String phone,
                        String wechatOpenId, String externalRef, Set<ContactChannel> consents,
                        ContactChannel preferredChannel, String region, CityTier cityTier, String industry,
                        AgeBand ageBand, Gender gender, IncomeBand incomeBand, Set<RiskFlag> riskFlags,
                        Set<String> tags, ValueTier valueTier, LifecycleStage lifecycleStage, Instant erasedAt,
                        Instant createdAt, Instant updatedAt, Long version) {

    CustomerResponse masked(String maskedEmail, String maskedPhone, String maskedOpenId) {
        return new CustomerResponse(id, displayName, legalName, maskedEmail, maskedPhone, maskedOpenId, externalRef,
                consents, preferredChannel, region, cityTier, industry, ageBand, gender, incomeBand, riskFlags, tags,
                valueTier, lifecycleStage, erasedAt, createdAt, updatedAt, version);
    }
}
