package dev.crm.plugin.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A provider's report on a message the channel sent earlier (an SMS gateway's delivery report, an
 * e-mail bounce). The host finds the message by the id {@link DeliveryResult.Delivered} carried and
 * records the outcome in its delivery history.
 *
 * @param providerMessageId the provider's id of the message, as returned by {@code send}; not blank
 * @param outcome           whether it reached the recipient
 * @param at                when the provider says it happened; not {@code null} (use the context's
 *                          clock when the provider gives no time)
 * @param detail            the provider's own words, e.g. a status code; {@code null} when none
 */
public record DeliveryReceipt(String providerMessageId, Outcome outcome, Instant at, String detail) {

    /** What the provider reports. */
    public enum Outcome {
        /** The message reached the recipient's device or mailbox. */
        DELIVERED,
        /** The provider gave up: unknown number, full mailbox, blocked. */
        FAILED
    }

    public DeliveryReceipt {
        Objects.requireNonNull(providerMessageId, "providerMessageId");
        if (providerMessageId.isBlank()) {
            throw new IllegalArgumentException("providerMessageId must not be blank");
        }
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(at, "at");
        detail = detail == null || detail.isBlank() ? null : detail;
    }
}
