package dev.crm.loyalty.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Proves an account against its ledger: replays the entries from an empty account (sequences must
 * run 1, 2, 3… without a gap, each entry's lots must add up to its points and its running balance
 * must follow from the one before, no lot and no balance below zero) and compares the result with
 * the stored account: balance, last sequence and open lots.
 */
public final class LedgerAudit {

    private LedgerAudit() {
    }

    /** What one account's check found. */
    public record Outcome(long ledgerBalance, long ledgerSequence, List<String> problems) {

        public boolean consistent() {
            return problems.isEmpty();
        }
    }

    /** @param entries the account's entries in sequence order; {@code stored} null when there is no document */
    public static Outcome check(String customerId, List<LedgerEntry> entries, PointsAccount stored) {
        List<String> problems = new ArrayList<>();
        PointsAccount replay = PointsAccount.open(customerId, null);
        for (LedgerEntry entry : entries) {
            if (entry.sequence() != replay.lastSequence() + 1) {
                problems.add("sequence " + entry.sequence() + " follows " + replay.lastSequence());
                break;
            }
            long moved = entry.lots().stream().mapToLong(LotMovement::points).sum();
            if (moved != entry.points()) {
                problems.add("entry " + entry.sequence() + " moves " + moved + " lot points for " + entry.points());
            }
            try {
                replay.apply(entry);
            } catch (IllegalStateException broken) {
                problems.add(broken.getMessage());
                break;
            }
        }
        if (stored == null) {
            if (!entries.isEmpty()) {
                problems.add("no account document for " + entries.size() + " entries");
            }
            return new Outcome(replay.balance(), replay.lastSequence(), problems);
        }
        if (stored.balance() != replay.balance()) {
            problems.add("account balance " + stored.balance() + ", ledger balance " + replay.balance());
        }
        if (stored.lastSequence() != replay.lastSequence()) {
            problems.add("account at sequence " + stored.lastSequence() + ", ledger at " + replay.lastSequence());
        }
        long lotPoints = stored.lots().stream().mapToLong(PointsLot::remaining).sum();
        if (lotPoints != stored.balance()) {
            problems.add("account lots hold " + lotPoints + " points, its balance says " + stored.balance());
        }
        if (!sorted(stored.lots()).equals(sorted(replay.lots()))) {
            problems.add("account lots differ from the lots the ledger leaves open");
        }
        return new Outcome(replay.balance(), replay.lastSequence(), problems);
    }

    private static List<PointsLot> sorted(List<PointsLot> lots) {
        return lots.stream().sorted(Comparator.comparingLong(PointsLot::lot)).toList();
    }
}
