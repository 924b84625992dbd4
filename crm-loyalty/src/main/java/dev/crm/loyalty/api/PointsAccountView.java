package dev.crm.loyalty.api;

import java.time.Instant;
import java.util.List;

/**
 * A customer's points account.
 *
 * @param balance       points on the account (the sum of its open lots)
 * @param available     points that can be spent now: the balance less lots past their expiry that the
 *                      expiry job has not yet written off
 * @param expiringSoon  points whose lots expire within the configured window from now
 * @param lastSequence  the sequence of the last ledger entry applied (= the number of entries)
 */
public record PointsAccountView(String customerId, long balance, long available, long expiringSoon,
                                Instant expiringSoonUntil, Instant nextExpiryAt, List<LotView> lots,
                                long lastSequence, Instant openedAt, Instant updatedAt) {

    /** An open lot: points of one credit not yet spent or expired. */
    public record LotView(long lot, long remaining, Instant expiresAt) {
    }
}
