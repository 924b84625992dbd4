package dev.crm.loyalty.application;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.customer.api.OrderFeed;
import dev.crm.customer.api.OrderFeed.Cursor;
import dev.crm.customer.api.OrderFeed.FeedOrder;
import dev.crm.loyalty.domain.LoyaltyProgram;
import dev.crm.loyalty.domain.Membership;
import dev.crm.loyalty.domain.PointsAward;
import dev.crm.loyalty.persistence.LoyaltyLeases;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Turns recorded orders into points awards. One node at a time reads the customer module's order
 * feed from the durable cursor in {@code loyalty_cursors} (a lease in {@code loyalty_leases} decides
 * which node); per order it enrols the customer when a program enrols automatically, records the
 * award and reviews the member's level (an upgrade is immediate). The cursor moves after each batch;
 * a crash repeats at most that batch, and the unique source reference of each award makes the repeat
 * change nothing.
 */
@Service
public class OrderEarningPass {

    private static final Logger log = LoggerFactory.getLogger(OrderEarningPass.class);
    static final String CURSORS = "loyalty_cursors";
    static final String JOB = "order-earning";

    private final OrderFeed feed;
    private final Memberships memberships;
    private final PointsAwards awards;
    private final LedgerConnection ledger;
    private final LoyaltyPrograms programs;
    private final MongoOperations mongo;
    private final LoyaltyLeases leases;
    private final LoyaltyProperties.OrderEarning properties;

    OrderEarningPass(OrderFeed feed, Memberships memberships, PointsAwards awards, LoyaltyPrograms programs,
                     MongoOperations mongo, LoyaltyProperties properties,
                     LedgerConnection ledger) {
        this.ledger = ledger;
        this.feed = feed;
        this.memberships = memberships;
        this.awards = awards;
        this.programs = programs;
        this.mongo = mongo;
        this.leases = new LoyaltyLeases(mongo, JOB);
        this.properties = properties.orderEarning();
    }

    /** What one pass did; {@code ran} is false when another node held the pass. */
    public record Outcome(boolean ran, int orders, int awarded, int enrolled) {
    }

    public Outcome run(Instant now) {
        if (!leases.claim(JOB, now, now.plus(properties.lease()))) {
            return new Outcome(false, 0, 0, 0);
        }
        int orders = 0;
        int awarded = 0;
        int enrolled = 0;
        try {
            Instant upTo = now.minus(properties.settle());
            Cursor cursor = cursor();
            Map<String, LoyaltyProgram> programCache = new HashMap<>();
            while (true) {
                List<FeedOrder> batch = feed.recordedAfter(cursor, upTo, properties.batch());
                for (FeedOrder order : batch) {
                    boolean wasMember = memberships.find(order.customerId().value()).isPresent();
                    Optional<Membership> member = memberships.memberOrEnrolAutomatically(order.customerId().value(),
                            now);
                    if (member.isEmpty()) {
                        continue;
                    }
                    if (!wasMember) {
                        enrolled++;
                    }
                    LoyaltyProgram program = programCache.computeIfAbsent(member.get().getProgramId(),
                            programs::get);
                    Optional<PointsAwards.Awarded> award = awards.forOrder(order, member.get(), program, now)
                            .filter(PointsAwards.Awarded::created);
                    if (award.isPresent()) {
                        awarded++;
                        postQuietly(award.get().award());
                        reviewQuietly(member.get().getCustomerId(), program, now);
                    }
                }
                orders += batch.size();
                if (batch.isEmpty()) {
                    break;
                }
                cursor = batch.get(batch.size() - 1).cursor();
                save(cursor);
                if (!leases.extend(JOB, now.plus(properties.lease())) || batch.size() < properties.batch()) {
                    break;
                }
            }
        } finally {
            leases.release(JOB);
        }
        return new Outcome(true, orders, awarded, enrolled);
    }

    private void reviewQuietly(String customerId, LoyaltyProgram program, Instant now) {
        try {
            memberships.find(customerId).ifPresent(member -> memberships.review(member, program, now));
        } catch (org.springframework.dao.OptimisticLockingFailureException changedMeanwhile) {
            log.debug("Membership {} changed during its review; the level review pass will see it", customerId);
        }
    }

    private Cursor cursor() {
        Document stored = mongo.findById(JOB, Document.class, CURSORS);
        return stored == null ? Cursor.START
                : new Cursor(stored.getDate("recordedAt").toInstant(), stored.getString("orderRef"));
    }

    private void save(Cursor cursor) {
        mongo.findAndModify(Query.query(where("_id").is(JOB)),
                new Update().set("recordedAt", Date.from(cursor.recordedAt())).set("orderRef", cursor.orderRef()),
                FindAndModifyOptions.options().upsert(true), Document.class, CURSORS);
    }

    /** Credits the award at once; should the ledger fail, the award stays pending for the ledger connection's pass. */
    private void postQuietly(PointsAward award) {
        try {
            ledger.post(award);
        } catch (RuntimeException e) {
            log.warn("Award {} not credited yet, the ledger connection will: {}", award.getId(), e.toString());
        }
    }
}
