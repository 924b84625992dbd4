package dev.crm.loyalty.domain;

import dev.crm.loyalty.api.EarnKind;
import dev.crm.loyalty.api.EntryType;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One append-only ledger entry: inserted once, never updated or deleted. The unique
 * {@code {customerId, sequence}} index is the account's lock: entry N+1 is computed from the account
 * at N, and only one writer can insert it. The unique {@code sourceRef} makes every posting
 * idempotent.
 *
 * @param points       signed; equals the sum of {@code lots}
 * @param balanceAfter the running balance
 * @param reverses     id of the compensated entry
 * @param expiresAt    expiry of the points a credit added (its lot's)
 * @param shortfall    points a reversal of a credit could not take back (already spent)
 * @param forfeited    points a reversal of a debit could not restore (their lot had expired)
 */
@Document("loyalty_ledger")
@CompoundIndexes({
        @CompoundIndex(name = "account_sequence", def = "{'customerId': 1, 'sequence': 1}", unique = true),
        @CompoundIndex(name = "type_at", def = "{'type': 1, 'at': 1}")
})
public record LedgerEntry(@Id String id, String customerId, long sequence, EntryType type, EarnKind kind, long points,
                          long balanceAfter, @Indexed(unique = true) String sourceRef, String reverses,
                          Instant expiresAt, List<LotMovement> lots, long shortfall, long forfeited, String reason,
                          String postedBy, Instant at) {

    public LedgerEntry {
        lots = lots == null ? List.of() : List.copyOf(lots);
    }

    public boolean isCredit() {
        return points > 0;
    }
}
