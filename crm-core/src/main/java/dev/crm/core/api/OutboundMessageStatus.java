package dev.crm.core.api;

/** Where an outbound message is in its delivery. */
public enum OutboundMessageStatus {
    /** Waiting for its next attempt. */
    PENDING,
    /** Leased by a delivery worker. */
    SENDING,
    SENT,
    /** Gave up after the configured attempts; kept for inspection and manual retry. */
    DEAD
}
