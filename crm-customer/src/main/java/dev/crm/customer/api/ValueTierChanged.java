package dev.crm.customer.api;

import java.time.Instant;

/**
 * Published (as a Spring application event) when a scoring run moves a customer to another
 * value tier; {@code from} is null on the first assignment.
 */
public record ValueTierChanged(CustomerId customer, ValueTier from, ValueTier to, String reason, Instant at) {
}
