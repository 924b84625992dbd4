package dev.crm.loyalty.application;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.BusinessTimeZone;
import dev.crm.core.api.DuplicateRecordException;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.customer.api.CustomerDirectory;
import dev.crm.customer.api.CustomerId;
import dev.crm.loyalty.api.EarnKind;
import dev.crm.loyalty.api.EntryType;
import dev.crm.loyalty.api.LedgerEntryView;
import dev.crm.loyalty.api.LotMovementView;
import dev.crm.loyalty.api.LoyaltyPoints;
import dev.crm.loyalty.api.PointsAccountView;
import dev.crm.loyalty.api.PointsPosting;
import dev.crm.loyalty.domain.ExpiryPolicy;
import dev.crm.loyalty.domain.LedgerEntry;
import dev.crm.loyalty.domain.LotMovement;
import dev.crm.loyalty.domain.PointsAccount;
import dev.crm.loyalty.domain.SourceRefs;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The points ledger, journal first. There are no multi-document transactions, so a posting is two
 * single-document writes whose order makes a crash between them harmless:
 * <ol>
 * <li>read the account (state N) and roll it forward over any entries beyond N that a crashed or
 * slower writer left unapplied;</li>
 * <li>let the account compute entry N+1 (refusing an overdraft against state N) and insert it: the
 * unique {@code {customerId, sequence}} index lets exactly one writer have N+1, the losers start
 * again from 1 — that is the optimistic lock, and why no update is lost; the unique
 * {@code sourceRef} index makes a repeated posting find the first one;</li>
 * <li>apply the entry to the account with a versioned save. If this write is lost (crash, or another
 * node applied it first), the entry is still in the ledger and the next reader or writer of the
 * account applies it in step 1.</li>
 * </ol>
 * The balance is therefore always the ledger's: an entry in the ledger is counted once, an entry
 * that was never inserted is not counted at all.
 *
 * <p>Within one node, postings to the same account also queue on a fair striped lock. That is not
 * what makes them correct (the unique index is, across nodes), it only saves the work a loser of
 * the race would throw away: without it, sixteen threads on one hot account spend most of their
 * time recomputing entries another thread has already taken, and an unlucky one can lose for seconds.
 */
@Service
public class PointsLedger implements LoyaltyPoints {

    private static final int STRIPES = 256;

    private final MongoOperations mongo;
    private final CustomerDirectory customers;
    private final PointsProperties properties;
    private final ExpiryPolicy expiryPolicy;
    private final Clock clock;
    private final Lock[] stripes = new Lock[STRIPES];

    /** One per node; a test builds a second one to act as another node on the same store. */
    public PointsLedger(MongoOperations mongo, CustomerDirectory customers, PointsProperties properties,
                 BusinessTimeZone zone, Clock clock) {
        this.mongo = mongo;
        this.customers = customers;
        this.properties = properties;
        this.expiryPolicy = new ExpiryPolicy(properties.expiryMonths(), properties.expiryAtMonthEnd(), zone.zone());
        this.clock = clock;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock(true);
        }
    }

    @Override
    public PointsPosting earn(CustomerId customer, long points, EarnKind kind, String sourceRef, Instant expiresAt,
                              String reason, String postedBy) {
        Instant at = clock.instant();
        return post(customer.value(), sourceRef,
                account -> account.earn(points, kind, sourceRef, expiresAt, expiryPolicy, reason, postedBy, at),
                earlier -> earlier.type() == EntryType.EARN && earlier.points() == points && earlier.kind() == kind);
    }

    @Override
    public PointsPosting redeem(CustomerId customer, long points, String sourceRef, String reason, String postedBy) {
        Instant at = clock.instant();
        return post(customer.value(), sourceRef,
                account -> account.redeem(points, sourceRef, reason, postedBy, at),
                earlier -> earlier.type() == EntryType.REDEEM && earlier.points() == -points);
    }

    @Override
    public PointsPosting adjust(CustomerId customer, long points, String sourceRef, String reason, String postedBy) {
        Instant at = clock.instant();
        return post(customer.value(), sourceRef,
                account -> account.adjust(points, sourceRef, expiryPolicy, reason, postedBy, at),
                earlier -> earlier.type() == EntryType.ADJUST && earlier.points() == points);
    }

    @Override
    public PointsPosting reverse(CustomerId customer, String originalSourceRef, String reason, String postedBy) {
        return reverse(customer, originalSourceRef, reason, postedBy, false);
    }

    @Override
    public PointsPosting cancelRedemption(CustomerId customer, String redemptionSourceRef, String reason,
                                          String postedBy) {
        return reverse(customer, redemptionSourceRef, reason, postedBy, true);
    }

    private PointsPosting reverse(CustomerId customer, String originalSourceRef, String reason, String postedBy,
                                  boolean redemptionOnly) {
        if (originalSourceRef == null || originalSourceRef.isBlank()) {
            throw new InvalidInputException("reference", "is required: the source reference of the entry to reverse");
        }
        LedgerEntry original = bySourceRef(originalSourceRef)
                .filter(entry -> entry.customerId().equals(customer.value()))
                .orElseThrow(() -> new RecordNotFoundException("ledger entry", originalSourceRef));
        if (redemptionOnly && original.type() != EntryType.REDEEM) {
            throw new BusinessRuleViolationException("Only a redemption can be cancelled",
                    List.of(new FieldViolation("reference", "refers to a " + original.type() + " entry")));
        }
        Set<Long> expiredLots = new HashSet<>();
        if (!original.isCredit()) {
            for (LotMovement consumed : original.lots()) {
                if (bySourceRef(SourceRefs.expiry(customer.value(), consumed.lot())).isPresent()) {
                    expiredLots.add(consumed.lot());
                }
            }
        }
        Instant at = clock.instant();
        return post(customer.value(), SourceRefs.reversal(original.id()),
                account -> account.reverse(original, expiredLots, reason, postedBy, at),
                earlier -> original.id().equals(earlier.reverses()));
    }

    /** Writes off what is left of an expired lot; empty when nothing is left (also on a second run). */
    Optional<PointsPosting> expire(String customerId, long lot, Instant at) {
        return Optional.ofNullable(post(customerId, SourceRefs.expiry(customerId, lot),
                account -> account.expire(lot, at).orElse(null),
                earlier -> earlier.type() == EntryType.EXPIRY));
    }

    @Override
    public Optional<PointsAccountView> account(CustomerId customer) {
        return current(customer.value()).map(account -> view(account, clock.instant()));
    }

    @Override
    public Optional<LedgerEntryView> entry(String sourceRef) {
        return sourceRef == null ? Optional.empty() : bySourceRef(sourceRef).map(PointsLedger::view);
    }

    /** The account rolled forward over any unapplied entries; empty when it has none. */
    public Optional<PointsAccount> current(String customerId) {
        PointsAccount stored = mongo.findById(customerId, PointsAccount.class);
        if (stored == null && entryAt(customerId, 1) == null) {
            return Optional.empty();
        }
        return Optional.of(rollForward(stored == null ? PointsAccount.open(customerId, clock.instant()) : stored));
    }

    /** The account of an existing customer, all zero before the first posting (404 for an unknown customer). */
    public PointsAccountView accountOf(String customerId) {
        requireCustomer(customerId);
        Instant now = clock.instant();
        return view(current(customerId).orElseGet(() -> PointsAccount.open(customerId, null)), now);
    }

    /** The customer must exist before an account is opened (404 otherwise). */
    public void requireCustomer(String customerId) {
        if (mongo.findById(customerId, PointsAccount.class) == null
                && customers.find(new CustomerId(customerId)).isEmpty()) {
            throw new RecordNotFoundException("customer", customerId);
        }
    }

    ExpiryPolicy expiryPolicy() {
        return expiryPolicy;
    }

    /**
     * @param decide computes the next entry from the current account, or null when there is nothing to post
     * @param samePosting whether an entry found under the source reference is this posting (a replay)
     *                    rather than a different one (409)
     */
    private PointsPosting post(String customerId, String sourceRef, Function<PointsAccount, LedgerEntry> decide,
                               Predicate<LedgerEntry> samePosting) {
        Lock stripe = stripes[Math.floorMod(customerId.hashCode(), STRIPES)];
        stripe.lock();
        try {
            return postQueued(customerId, sourceRef, decide, samePosting);
        } finally {
            stripe.unlock();
        }
    }

    private PointsPosting postQueued(String customerId, String sourceRef, Function<PointsAccount, LedgerEntry> decide,
                                     Predicate<LedgerEntry> samePosting) {
        boolean usable = sourceRef != null && !sourceRef.isBlank();
        for (int attempt = 0; attempt < properties.maxAttempts(); attempt++) {
            if (usable) {
                Optional<LedgerEntry> earlier = bySourceRef(sourceRef);
                if (earlier.isPresent()) {
                    if (!earlier.get().customerId().equals(customerId) || !samePosting.test(earlier.get())) {
                        throw new DuplicateRecordException("ledger entry", "sourceRef", sourceRef);
                    }
                    return new PointsPosting(view(earlier.get()), true);
                }
            }
            PointsAccount account = current(customerId).orElseGet(() -> {
                requireCustomer(customerId);
                return PointsAccount.open(customerId, clock.instant());
            });
            LedgerEntry entry = decide.apply(account);
            if (entry == null) {
                return null;
            }
            try {
                mongo.insert(entry);
            } catch (DuplicateKeyException lost) {
                continue; // another writer took this sequence (or this reference): start again from its state
            }
            try {
                account.apply(entry);
                mongo.save(account);
            } catch (OptimisticLockingFailureException | DuplicateKeyException appliedElsewhere) {
                // Another reader or writer rolled the account forward over this entry first.
            }
            return new PointsPosting(view(entry), false);
        }
        throw new OptimisticLockingFailureException("Points account " + customerId
                + " is too busy right now; try again");
    }

    private PointsAccount rollForward(PointsAccount account) {
        PointsAccount current = account;
        while (true) {
            boolean moved = false;
            for (LedgerEntry next = entryAt(current.customerId(), current.lastSequence() + 1); next != null;
                 next = entryAt(current.customerId(), current.lastSequence() + 1)) {
                current.apply(next);
                moved = true;
            }
            if (!moved) {
                return current;
            }
            try {
                mongo.save(current);
                return current;
            } catch (OptimisticLockingFailureException | DuplicateKeyException raced) {
                PointsAccount reloaded = mongo.findById(current.customerId(), PointsAccount.class);
                current = reloaded != null ? reloaded : PointsAccount.open(current.customerId(), clock.instant());
            }
        }
    }

    private LedgerEntry entryAt(String customerId, long sequence) {
        // Exactly the fields of the unique account_sequence index: a lookup, also on the embedded store.
        return mongo.findOne(Query.query(where("customerId").is(customerId).and("sequence").is(sequence)),
                LedgerEntry.class);
    }

    private Optional<LedgerEntry> bySourceRef(String sourceRef) {
        return Optional.ofNullable(mongo.findOne(Query.query(where("sourceRef").is(sourceRef)), LedgerEntry.class));
    }

    PointsAccountView view(PointsAccount account, Instant now) {
        Instant soon = now.plus(properties.expiringSoon());
        return new PointsAccountView(account.customerId(), account.balance(), account.available(now),
                account.expiringBetween(now, soon), soon, account.nextExpiryAt(),
                account.lots().stream().map(lot -> new PointsAccountView.LotView(lot.lot(), lot.remaining(),
                        lot.expiresAt())).toList(),
                account.lastSequence(), account.openedAt(), account.updatedAt());
    }

    public static LedgerEntryView view(LedgerEntry entry) {
        return new LedgerEntryView(entry.id(), entry.customerId(), entry.sequence(), entry.type(), entry.kind(),
                entry.points(), entry.balanceAfter(), entry.sourceRef(), entry.reverses(), entry.expiresAt(),
                entry.lots().stream().map(m -> new LotMovementView(m.lot(), m.points(), m.expiresAt())).toList(),
                entry.shortfall(), entry.forfeited(), entry.reason(), entry.postedBy(), entry.at());
    }
}
