package dev.crm.customer.domain;

import dev.crm.customer.api.LifecycleStage;
import dev.crm.customer.api.ValueTier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A customer's value as of the last scoring run, kept inside the customer document so
 * segments and lists can filter on profile and value together. Only the scoring run writes
 * it; profile edits never touch it. {@code prediction} is null until a model has been fitted;
 * {@code rfm} is null for customers without orders.
 */
public record CustomerValue(LocalDate asOf, String currency, long orders, Rfm rfm, BigDecimal historicClv,
                            ValuePrediction prediction, ValueTier tier, String tierReason, Instant tierSince,
                            LifecycleStage stage, String stageReason, Instant stageSince, String cluster,
                            Instant computedAt) {
}
