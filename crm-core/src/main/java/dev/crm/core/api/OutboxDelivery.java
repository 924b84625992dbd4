package dev.crm.core.api;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The delivery side of the {@link Outbox}: workers on any number of nodes claim due messages
 * under a lease, attempt them, and record each attempt. A result is only recorded by the worker
 * that still holds the lease, so a message is attempted by one worker at a time and its history
 * never shows an attempt twice.
 */
public interface OutboxDelivery {

    /**
     * Leases up to {@code limit} messages on these channels that are due at {@code now}: pending
     * ones whose next attempt has come, and ones whose previous worker's lease ran out.
     */
    List<ClaimedMessage> claimDue(Collection<String> channels, String worker, Instant now, Instant leaseUntil,
                                  int limit);

    /** The channel accepted the message; false when the lease was lost (nothing is recorded then). */
    boolean recordSent(ClaimedMessage message, DeliveryAttempt attempt, String providerMessageId);

    /** The attempt failed but may pass later: pending again from {@code nextAttemptAt}. */
    boolean recordRetry(ClaimedMessage message, DeliveryAttempt attempt, Instant nextAttemptAt);

    /** No further attempt: failed for good, or out of attempts. */
    boolean recordDead(ClaimedMessage message, DeliveryAttempt attempt);

    /**
     * Gives the lease back without an attempt (the channel had no free thread, or the lease had too
     * little time left for a call): pending again from {@code dueAt}, attempts unchanged.
     */
    boolean release(ClaimedMessage message, Instant dueAt);

    /**
     * Files a provider's delivery report with the message the channel sent under
     * {@code providerMessageId}; false when no such message is known.
     */
    boolean recordReport(String channel, String providerMessageId, DeliveryReport report);

    /** Puts a dead message back in the queue, due at {@code now}, keeping its history. */
    OutboundMessageView retry(String id, Instant now);

    /** Newest first, optionally only in one status and on one channel. */
    ResultPage<OutboundMessageView> search(OutboundMessageStatus status, String channel, PageQuery page);

    Optional<OutboundMessageView> find(String id);
}
