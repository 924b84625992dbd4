package dev.crm.core.api;

import java.time.Instant;

/**
 * One try at delivering an outbound message, as recorded in its history.
 *
 * @param number         1 for the first attempt
 * @param at             when the attempt started
 * @param worker         the node that made it
 * @param outcome        how it ended
 * @param detail         the channel's reason for a failure, or its message id for a success
 * @param durationMillis how long the channel took to answer
 */
public record DeliveryAttempt(int number, Instant at, String worker, Outcome outcome, String detail,
                              long durationMillis) {

    /** How an attempt ended. */
    public enum Outcome {
        SENT,
        /** Failed in a way that may pass: the message is tried again later. */
        RETRYABLE_FAILURE,
        /** Failed for good: the message is dead at once. */
        PERMANENT_FAILURE
    }
}
