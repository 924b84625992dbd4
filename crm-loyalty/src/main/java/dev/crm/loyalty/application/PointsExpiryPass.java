package dev.crm.loyalty.application;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.loyalty.domain.PointsAccount;
import dev.crm.loyalty.domain.PointsLot;
import dev.crm.loyalty.persistence.LoyaltyLeases;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * One expiry pass (DOMAIN.md §3), safe on every node at once: accounts whose earliest lot expiry has
 * passed are claimed one by one with a lease in {@code loyalty_leases}, and each expired lot with
 * points left gets one EXPIRY entry whose source reference is derived from the lot
 * ({@code expiry:<customer>:<lot>}). A second run, or a second node, finds the lot empty or the
 * reference taken and writes nothing. Tests run it with the instants they choose.
 */
@Component
public class PointsExpiryPass {

    private static final Logger log = LoggerFactory.getLogger(PointsExpiryPass.class);

    private final MongoOperations mongo;
    private final PointsLedger ledger;
    private final PointsProperties properties;
    private final LoyaltyLeases leases;

    PointsExpiryPass(MongoOperations mongo, PointsLedger ledger, PointsProperties properties) {
        this.mongo = mongo;
        this.ledger = ledger;
        this.properties = properties;
        this.leases = new LoyaltyLeases(mongo, "points-expiry");
    }

    /** What one pass did: accounts it wrote off lots of, and the EXPIRY entries written. */
    public record Report(int accounts, int entries, long points) {
    }

    public Report run(Instant now) {
        Query due = Query.query(where("nextExpiryAt").lte(now)).with(Sort.by("nextExpiryAt"))
                .limit(properties.expiryBatch());
        due.fields().include("_id");
        List<String> ids = mongo.find(due, Document.class, "loyalty_accounts").stream()
                .map(d -> d.getString("_id")).toList();
        int accounts = 0;
        int entries = 0;
        long points = 0;
        for (String id : ids) {
            String lease = "expiry:" + id;
            if (!leases.claim(lease, now, now.plus(properties.expiryLease()))) {
                continue;
            }
            try {
                PointsAccount account = ledger.current(id).orElse(null);
                if (account == null) {
                    continue;
                }
                int before = entries;
                for (PointsLot lot : account.expiredAt(now)) {
                    var posting = ledger.expire(id, lot.lot(), now);
                    if (posting.isPresent() && !posting.get().replayed()) {
                        entries++;
                        points -= posting.get().entry().points();
                    }
                }
                if (entries > before) {
                    accounts++;
                }
            } catch (RuntimeException failed) {
                // One account's trouble must not stop the others; it stays due for the next pass.
                log.warn("Could not expire the points of account {}: {}", id, failed.toString());
            } finally {
                leases.release(lease);
            }
        }
        return new Report(accounts, entries, points);
    }
}
