package dev.crm.loyalty.api;

import java.time.Instant;
import java.util.List;

/**
 * One ledger entry as other modules see it.
 *
 * @param points      signed: credits are positive, debits negative
 * @param balanceAfter the account balance once this entry is applied (the running balance)
 * @param reverses    the id of the entry this one compensates (REVERSAL, REDEMPTION_CANCELLED)
 * @param expiresAt   when the points of a credit expire (null for debits)
 * @param lots        the lots this entry moved points into or out of, FIFO by expiry for debits
 * @param shortfall   points a reversal could not take back because they were already spent
 * @param forfeited   points a cancellation could not restore because their lot had expired
 */
public record LedgerEntryView(String id, String customerId, long sequence, EntryType type, EarnKind kind, long points,
                              long balanceAfter, String sourceRef, String reverses, Instant expiresAt,
                              List<LotMovementView> lots, long shortfall, long forfeited, String reason,
                              String postedBy, Instant at) {
}
