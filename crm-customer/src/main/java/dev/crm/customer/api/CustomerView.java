package dev.crm.customer.api;

import dev.crm.core.api.EmailAddress;
import dev.crm.core.api.PhoneNumber;
import java.time.Instant;
import java.util.Set;

/**
 * A customer as other modules see it. {@code valueTier} and {@code lifecycleStage} are null
 * until the first scoring run has seen the customer.
 */
public record CustomerView(CustomerId id, String displayName, EmailAddress email, PhoneNumber phone,
                           String wechatOpenId, String externalRef, Set<ContactChannel> consents,
                           ContactChannel preferredChannel, String region, Set<String> tags, Set<RiskFlag> riskFlags,
                           ValueTier valueTier, LifecycleStage lifecycleStage, Instant createdAt) {
}
