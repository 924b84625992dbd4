package dev.crm.loyalty.application;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.loyalty.domain.LedgerAudit;
import dev.crm.loyalty.domain.LedgerCheckResult;
import dev.crm.loyalty.domain.LedgerEntry;
import dev.crm.loyalty.domain.PointsAccount;
import dev.crm.loyalty.persistence.LoyaltyLeases;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The ledger check: proves for every account that the balance and lots derived from its ledger are
 * the ones stored on the account ({@link LedgerAudit}), and stores the result in
 * {@code loyalty_ledger_checks}. Reads the ledger once in (customer, sequence) order. An account
 * behind its ledger (a posting crashed between its two writes) is rolled forward first: that is the
 * designed recovery, not a mismatch. One node runs it at a time (lease {@code ledger-check}).
 */
@Service
public class LedgerCheck {

    private static final String LEASE = "ledger-check";

    private final MongoOperations mongo;
    private final PointsLedger ledger;
    private final PointsProperties properties;
    private final LoyaltyLeases leases;
    private final Clock clock;

    LedgerCheck(MongoOperations mongo, PointsLedger ledger, PointsProperties properties, Clock clock) {
        this.mongo = mongo;
        this.ledger = ledger;
        this.properties = properties;
        this.leases = new LoyaltyLeases(mongo, "ledger-check");
        this.clock = clock;
    }

    /** Runs the check; empty when another node is running it. */
    public Optional<LedgerCheckResult> run(Instant now) {
        if (!leases.claim(LEASE, now, now.plus(properties.checkLease()))) {
            return Optional.empty();
        }
        try {
            return Optional.of(mongo.insert(check(now)));
        } finally {
            leases.release(LEASE);
        }
    }

    public Optional<LedgerCheckResult> latest() {
        return Optional.ofNullable(mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "startedAt")).limit(1),
                LedgerCheckResult.class));
    }

    private LedgerCheckResult check(Instant startedAt) {
        Tally tally = new Tally(properties.maxMismatches());
        Set<String> seen = new HashSet<>();
        Query ordered = new Query().with(Sort.by("customerId", "sequence"));
        try (Stream<LedgerEntry> all = mongo.stream(ordered, LedgerEntry.class)) {
            Iterator<LedgerEntry> entries = all.iterator();
            String customer = null;
            List<LedgerEntry> group = new ArrayList<>();
            while (entries.hasNext()) {
                LedgerEntry entry = entries.next();
                if (customer != null && !customer.equals(entry.customerId())) {
                    audit(customer, group, tally);
                    group = new ArrayList<>();
                }
                customer = entry.customerId();
                seen.add(customer);
                group.add(entry);
            }
            if (customer != null) {
                audit(customer, group, tally);
            }
        }
        Query accounts = new Query();
        accounts.fields().include("_id");
        for (Document id : mongo.find(accounts, Document.class, "loyalty_accounts")) {
            String customer = id.getString("_id");
            if (!seen.contains(customer)) {
                audit(customer, List.of(), tally);
            }
        }
        return new LedgerCheckResult(UUID.randomUUID().toString(), startedAt, clock.instant(), tally.accounts,
                tally.entries, tally.mismatchCount, tally.mismatches);
    }

    private void audit(String customer, List<LedgerEntry> entries, Tally tally) {
        PointsAccount stored = mongo.findById(customer, PointsAccount.class);
        long last = entries.isEmpty() ? 0 : entries.get(entries.size() - 1).sequence();
        List<LedgerEntry> checked = entries;
        if (stored == null || stored.lastSequence() != last) {
            // Behind: roll forward (crash recovery). Ahead: postings arrived while the check read the ledger.
            try {
                ledger.current(customer);
            } catch (IllegalStateException broken) {
                // The replay below names what is broken.
            }
            stored = mongo.findById(customer, PointsAccount.class);
            checked = mongo.find(Query.query(where("customerId").is(customer)).with(Sort.by("sequence")),
                    LedgerEntry.class);
        }
        LedgerAudit.Outcome outcome = LedgerAudit.check(customer, checked, stored);
        tally.accounts++;
        tally.entries += checked.size();
        if (!outcome.consistent()) {
            tally.mismatchCount++;
            if (tally.mismatches.size() < tally.limit) {
                tally.mismatches.add(new LedgerCheckResult.Mismatch(customer, stored == null ? null : stored.balance(),
                        outcome.ledgerBalance(), outcome.problems()));
            }
        }
    }

    private static final class Tally {
        final int limit;
        long accounts;
        long entries;
        long mismatchCount;
        final List<LedgerCheckResult.Mismatch> mismatches = new ArrayList<>();

        Tally(int limit) {
            this.limit = limit;
        }
    }
}
