package dev.crm.loyalty.domain;

import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import dev.crm.loyalty.api.EarnKind;
import dev.crm.loyalty.api.EntryType;
import dev.crm.loyalty.api.InsufficientPointsException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.data.mongodb.core.mapping.MongoId;

/**
 * A customer's points account: the state after its last applied ledger entry, kept for fast reads.
 * The ledger is the truth; this is a cache of it that can always be rebuilt.
 *
 * <p>The decisions ({@link #earn}, {@link #redeem}, {@link #adjust}, {@link #reverse}, {@link #expire})
 * do not change the account: each computes the next entry from the current state, with sequence
 * {@code lastSequence + 1}. {@link #apply} is the only change, and it is a pure function of the entry,
 * so any node can roll an account forward over entries another node wrote.
 */
@Document("loyalty_accounts")
public class PointsAccount {

    public static final int MAX_REASON = 500;
    private static final Comparator<PointsLot> FIFO = Comparator.comparing(PointsLot::expiresAt)
            .thenComparingLong(PointsLot::lot);

    /** Kept a string even when the customer id looks like an ObjectId, so every reader sees one type. */
    @MongoId(FieldType.STRING)
    private String customerId;
    private long balance;
    private long lastSequence;
    private List<PointsLot> lots = new ArrayList<>();
    /** The earliest lot expiry: the expiry pass looks for accounts where it has passed. */
    @Indexed
    private Instant nextExpiryAt;
    private Instant openedAt;
    private Instant updatedAt;
    @Version
    private Long version;

    PointsAccount() {
    }

    public static PointsAccount open(String customerId, Instant at) {
        PointsAccount account = new PointsAccount();
        account.customerId = Objects.requireNonNull(customerId);
        account.openedAt = at;
        account.updatedAt = at;
        return account;
    }

    /** Credits points into a new lot; {@code expiresAt} overrides the policy's expiry. */
    public LedgerEntry earn(long points, EarnKind kind, String sourceRef, Instant expiresAt, ExpiryPolicy policy,
                            String reason, String by, Instant at) {
        List<FieldViolation> violations = new ArrayList<>();
        positive(points, violations);
        if (kind == null) {
            violations.add(new FieldViolation("kind", "is required"));
        }
        SourceRefs.check("sourceRef", sourceRef, violations);
        expiry(expiresAt, at, violations);
        reason(reason, false, violations);
        reject(violations);
        Instant expiry = expiresAt != null ? expiresAt : policy.expiryOf(at);
        long lot = nextSequence();
        return entry(EntryType.EARN, kind, points, sourceRef, null, expiry,
                List.of(new LotMovement(lot, points, expiry)), 0, 0, reason, by, at);
    }

    /** Spends points FIFO by expiry. */
    public LedgerEntry redeem(long points, String sourceRef, String reason, String by, Instant at) {
        List<FieldViolation> violations = new ArrayList<>();
        positive(points, violations);
        SourceRefs.check("sourceRef", sourceRef, violations);
        reason(reason, false, violations);
        reject(violations);
        return entry(EntryType.REDEEM, null, -points, sourceRef, null, null, spend(points, at), 0, 0, reason, by, at);
    }

    /** A correction with a reason: positive opens a lot with the policy's expiry, negative spends FIFO. */
    public LedgerEntry adjust(long points, String sourceRef, ExpiryPolicy policy, String reason, String by, Instant at) {
        List<FieldViolation> violations = new ArrayList<>();
        if (points == 0) {
            violations.add(new FieldViolation("points", "must not be 0"));
        }
        SourceRefs.check("sourceRef", sourceRef, violations);
        reason(reason, true, violations);
        reject(violations);
        if (points > 0) {
            Instant expiry = policy.expiryOf(at);
            return entry(EntryType.ADJUST, null, points, sourceRef, null, expiry,
                    List.of(new LotMovement(nextSequence(), points, expiry)), 0, 0, reason, by, at);
        }
        return entry(EntryType.ADJUST, null, points, sourceRef, null, null, spend(-points, at), 0, 0, reason, by, at);
    }

    /**
     * Compensates {@code original} (an entry of this account). A credit is taken back from its own lot
     * first (also when that lot is past expiry but not yet written off), then from the other spendable
     * lots FIFO; what cannot be covered is the entry's {@code shortfall}. A debit is undone by putting
     * each consumed portion back into its lot with the original expiry, unless that lot has expired
     * ({@code expiredLots}, or its expiry has passed): such portions are {@code forfeited}.
     */
    public LedgerEntry reverse(LedgerEntry original, Set<Long> expiredLots, String reason, String by, Instant at) {
        List<FieldViolation> violations = new ArrayList<>();
        reason(reason, false, violations);
        reject(violations);
        if (!original.customerId().equals(customerId)) {
            throw new IllegalArgumentException("entry " + original.id() + " is not of account " + customerId);
        }
        if (original.type() == EntryType.EXPIRY || original.type() == EntryType.REVERSAL
                || original.type() == EntryType.REDEMPTION_CANCELLED) {
            throw new BusinessRuleViolationException("A " + original.type() + " entry cannot be reversed",
                    List.of(new FieldViolation("reference", "refers to a " + original.type()
                            + " entry; only earnings, redemptions and adjustments can be reversed")));
        }
        String sourceRef = SourceRefs.reversal(original.id());
        if (original.isCredit()) {
            long wanted = original.points();
            List<LotMovement> taken = new ArrayList<>();
            long own = original.lots().isEmpty() ? -1 : original.lots().get(0).lot();
            for (PointsLot lot : lots) {
                if (lot.lot() == own && wanted > 0) {
                    long take = Math.min(wanted, lot.remaining());
                    taken.add(new LotMovement(lot.lot(), -take, lot.expiresAt()));
                    wanted -= take;
                }
            }
            for (PointsLot lot : spendableLots(at)) {
                if (wanted == 0) {
                    break;
                }
                if (lot.lot() != own) {
                    long take = Math.min(wanted, lot.remaining());
                    taken.add(new LotMovement(lot.lot(), -take, lot.expiresAt()));
                    wanted -= take;
                }
            }
            long points = -taken.stream().mapToLong(LotMovement::points).sum();
            return entry(EntryType.REVERSAL, null, -points, sourceRef, original.id(), null, taken, wanted, 0,
                    reason, by, at);
        }
        List<LotMovement> restored = new ArrayList<>();
        long forfeited = 0;
        for (LotMovement consumed : original.lots()) {
            long portion = -consumed.points();
            if (expiredLots.contains(consumed.lot()) || !consumed.expiresAt().isAfter(at)) {
                forfeited += portion;
            } else {
                restored.add(new LotMovement(consumed.lot(), portion, consumed.expiresAt()));
            }
        }
        long points = restored.stream().mapToLong(LotMovement::points).sum();
        EntryType type = original.type() == EntryType.REDEEM ? EntryType.REDEMPTION_CANCELLED : EntryType.REVERSAL;
        return entry(type, null, points, sourceRef, original.id(), null, restored, 0, forfeited, reason, by, at);
    }

    /** Writes off what is left of a lot once its expiry has passed; empty when nothing is left to expire. */
    public Optional<LedgerEntry> expire(long lotNumber, Instant at) {
        return lots.stream()
                .filter(lot -> lot.lot() == lotNumber && lot.remaining() > 0 && !lot.spendableAt(at))
                .findFirst()
                .map(lot -> entry(EntryType.EXPIRY, null, -lot.remaining(), SourceRefs.expiry(customerId, lotNumber),
                        null, null, List.of(new LotMovement(lotNumber, -lot.remaining(), lot.expiresAt())), 0, 0,
                        null, "system", at));
    }

    /**
     * Moves the account to the state after {@code entry}, which must be the next one. Refuses an entry
     * that would take a lot or the balance below zero: the ledger is inconsistent then, which the
     * check job reports.
     */
    public void apply(LedgerEntry entry) {
        if (!entry.customerId().equals(customerId) || entry.sequence() != lastSequence + 1) {
            throw new IllegalStateException("entry " + entry.sequence() + " of " + entry.customerId()
                    + " does not follow " + lastSequence + " of " + customerId);
        }
        List<PointsLot> next = new ArrayList<>(lots);
        for (LotMovement movement : entry.lots()) {
            int index = indexOf(next, movement.lot());
            long remaining = (index < 0 ? 0 : next.get(index).remaining()) + movement.points();
            if (remaining < 0) {
                throw new IllegalStateException("entry " + entry.sequence() + " of " + customerId
                        + " takes lot " + movement.lot() + " below zero");
            }
            PointsLot moved = new PointsLot(movement.lot(), remaining, movement.expiresAt());
            if (index < 0) {
                next.add(moved);
            } else {
                next.set(index, moved);
            }
        }
        next.removeIf(lot -> lot.remaining() == 0);
        next.sort(FIFO);
        long newBalance = balance + entry.points();
        if (newBalance < 0 || newBalance != entry.balanceAfter()
                || newBalance != next.stream().mapToLong(PointsLot::remaining).sum()) {
            throw new IllegalStateException("entry " + entry.sequence() + " of " + customerId
                    + " does not balance: " + balance + " + " + entry.points() + " != " + entry.balanceAfter());
        }
        lots = next;
        balance = newBalance;
        lastSequence = entry.sequence();
        nextExpiryAt = lots.stream().map(PointsLot::expiresAt).min(Comparator.naturalOrder()).orElse(null);
        updatedAt = entry.at();
    }

    /** Points that can be spent at {@code at}: lots past expiry are not, even before the job writes them off. */
    public long available(Instant at) {
        return spendableLots(at).stream().mapToLong(PointsLot::remaining).sum();
    }

    /** Points of lots expiring after {@code at} and at or before {@code until}. */
    public long expiringBetween(Instant at, Instant until) {
        return lots.stream().filter(lot -> lot.spendableAt(at) && !lot.expiresAt().isAfter(until))
                .mapToLong(PointsLot::remaining).sum();
    }

    /** Lots past their expiry at {@code at} with points left: the expiry job's work. */
    public List<PointsLot> expiredAt(Instant at) {
        return lots.stream().filter(lot -> !lot.spendableAt(at)).toList();
    }

    private List<LotMovement> spend(long points, Instant at) {
        long available = available(at);
        if (available < points) {
            throw new InsufficientPointsException(available, points);
        }
        List<LotMovement> taken = new ArrayList<>();
        long wanted = points;
        for (PointsLot lot : spendableLots(at)) {
            if (wanted == 0) {
                break;
            }
            long take = Math.min(wanted, lot.remaining());
            taken.add(new LotMovement(lot.lot(), -take, lot.expiresAt()));
            wanted -= take;
        }
        return taken;
    }

    private List<PointsLot> spendableLots(Instant at) {
        return lots.stream().filter(lot -> lot.spendableAt(at)).sorted(FIFO).toList();
    }

    private LedgerEntry entry(EntryType type, EarnKind kind, long points, String sourceRef, String reverses,
                              Instant expiresAt, List<LotMovement> movements, long shortfall, long forfeited,
                              String reason, String by, Instant at) {
        return new LedgerEntry(UUID.randomUUID().toString(), customerId, nextSequence(), type, kind, points,
                balance + points, sourceRef, reverses, expiresAt, movements, shortfall, forfeited,
                reason == null || reason.isBlank() ? null : reason.strip(), by, at);
    }

    private long nextSequence() {
        return lastSequence + 1;
    }

    private static int indexOf(List<PointsLot> lots, long lot) {
        for (int i = 0; i < lots.size(); i++) {
            if (lots.get(i).lot() == lot) {
                return i;
            }
        }
        return -1;
    }

    private static void positive(long points, List<FieldViolation> violations) {
        if (points <= 0) {
            violations.add(new FieldViolation("points", "must be more than 0"));
        }
    }

    private static void expiry(Instant expiresAt, Instant at, List<FieldViolation> violations) {
        if (expiresAt != null && !expiresAt.isAfter(at)) {
            violations.add(new FieldViolation("expiresAt", "must be in the future"));
        }
    }

    private static void reason(String reason, boolean required, List<FieldViolation> violations) {
        if (required && (reason == null || reason.isBlank())) {
            violations.add(new FieldViolation("reason", "is required for an adjustment"));
        } else if (reason != null && reason.strip().length() > MAX_REASON) {
            violations.add(new FieldViolation("reason", "must be at most " + MAX_REASON + " characters"));
        }
    }

    private static void reject(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    public String customerId() {
        return customerId;
    }

    public long balance() {
        return balance;
    }

    public long lastSequence() {
        return lastSequence;
    }

    public List<PointsLot> lots() {
        return List.copyOf(lots);
    }

    public Instant nextExpiryAt() {
        return nextExpiryAt;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Long version() {
        return version;
    }
}
