package dev.crm.core.api;

import java.time.Instant;

/**
 * A provider's report, after sending, on whether a message reached its recipient.
 *
 * @param delivered true when it arrived, false when the provider gave up on it
 * @param at        when the provider says it happened
 * @param detail    the provider's own words, or null
 */
public record DeliveryReport(boolean delivered, Instant at, String detail) {
}
