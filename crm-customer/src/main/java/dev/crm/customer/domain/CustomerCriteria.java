package dev.crm.customer.domain;

import dev.crm.core.api.EmailAddress;
import dev.crm.core.api.PhoneNumber;
import dev.crm.customer.api.LifecycleStage;
import dev.crm.customer.api.ValueTier;

/** What a customer list is filtered by; {@code null} means "any". */
public record CustomerCriteria(String nameContains, EmailAddress email, PhoneNumber phone, String externalRef,
                               String tag, ValueTier tier, LifecycleStage stage) {
}
