package dev.crm.plugin.api;

import java.time.Duration;
import java.util.Objects;

/**
 * How one attempt to send ended. The host records every attempt with its result, retries
 * {@link RetryableFailure}s with backoff until its attempt limit, and gives up at once on a
 * {@link PermanentFailure}: a malformed address will not get better.
 *
 * <p>Reasons are shown to staff in the delivery history: say what went wrong in plain words,
 * and leave out settings and credentials.
 */
public sealed interface DeliveryResult {

    /** The provider accepted the message; {@code providerMessageId} may be {@code null}. */
    static DeliveryResult delivered(String providerMessageId) {
        return new Delivered(providerMessageId);
    }

    /** Try again after the host's own backoff. */
    static DeliveryResult retryLater(String reason) {
        return new RetryableFailure(reason, null);
    }

    /** Try again, not before {@code retryAfter} (e.g. from the provider's {@code Retry-After}). */
    static DeliveryResult retryAfter(String reason, Duration retryAfter) {
        return new RetryableFailure(reason, Objects.requireNonNull(retryAfter, "retryAfter"));
    }

    /** Never try this message again. */
    static DeliveryResult permanentFailure(String reason) {
        return new PermanentFailure(reason);
    }

    /**
     * The provider accepted the message.
     *
     * @param providerMessageId the provider's id for the message, which its delivery receipts
     *                          refer to; {@code null} when it gave none (a blank id counts as none)
     */
    record Delivered(String providerMessageId) implements DeliveryResult {
        public Delivered {
            providerMessageId = providerMessageId == null || providerMessageId.isBlank() ? null : providerMessageId;
        }
    }

    /**
     * Trying again may work: the provider was unreachable, throttled us, or answered with a
     * server error.
     *
     * @param reason     what went wrong; not blank
     * @param retryAfter the least time to wait before the next attempt, or {@code null} to leave it
     *                   to the host's backoff; not negative. The host may wait longer.
     */
    record RetryableFailure(String reason, Duration retryAfter) implements DeliveryResult {
        public RetryableFailure {
            requireReason(reason);
            if (retryAfter != null && retryAfter.isNegative()) {
                throw new IllegalArgumentException("retryAfter must not be negative: " + retryAfter);
            }
        }
    }

    /**
     * Trying again cannot help: the recipient does not exist, the provider refused the content,
     * the credentials are wrong.
     *
     * @param reason what went wrong; not blank
     */
    record PermanentFailure(String reason) implements DeliveryResult {
        public PermanentFailure {
            requireReason(reason);
        }
    }

    private static void requireReason(String reason) {
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a failure needs a reason");
        }
    }
}
