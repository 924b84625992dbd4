package dev.crm.plugin.api;

import java.time.Duration;
import java.util.Objects;

/**
 * How an attempt to send ended. The host retries {@link RetryableFailure}s with backoff and gives
 * up at once on {@link PermanentFailure}s (a malformed address will not get better).
 */
public sealed interface DeliveryResult {

    static DeliveryResult delivered(String providerMessageId) {
        return new Delivered(providerMessageId);
    }

    static DeliveryResult retryLater(String reason) {
        return new RetryableFailure(reason, null);
    }

    static DeliveryResult retryAfter(String reason, Duration retryAfter) {
        return new RetryableFailure(reason, retryAfter);
    }

    static DeliveryResult permanentFailure(String reason) {
        return new PermanentFailure(reason);
    }

    /** The provider accepted the message; its id, if it gave one, helps match delivery receipts. */
    record Delivered(String providerMessageId) implements DeliveryResult {
    }

    /**
     * Try again: the provider was unreachable, throttled, or answered 5xx.
     *
     * @param retryAfter how long the provider asked us to wait, or {@code null} for the host's backoff
     */
    record RetryableFailure(String reason, Duration retryAfter) implements DeliveryResult {
        public RetryableFailure {
            Objects.requireNonNull(reason, "reason");
            if (retryAfter != null && retryAfter.isNegative()) {
                throw new IllegalArgumentException("retryAfter must not be negative");
            }
        }
    }

    /** Do not try again: the recipient does not exist, the content was refused, credentials are wrong. */
    record PermanentFailure(String reason) implements DeliveryResult {
        public PermanentFailure {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
