package dev.crm.loyalty.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Bounded counters in single documents, changed only by atomic conditional updates: reward stock
 * ({@code loyalty_rewards.stock}), the units of a reward a customer holds
 * ({@code loyalty_reward_holdings}) and the points counted against an earn cap
 * ({@code loyalty_cap_usage}). Reading and saving a counter would lose updates under concurrency;
 * these never do, on any number of nodes.
 */
@Component
public class Counters {

    static final String HOLDINGS = "loyalty_reward_holdings";
    static final String CAP_USAGE = "loyalty_cap_usage";

    private final MongoOperations mongo;

    Counters(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** Takes one unit of a limited reward's stock; false when none is left. The version moves too. */
    public boolean takeStock(String rewardCode) {
        Query available = Query.query(where("_id").is(rewardCode).and("stock").gte(1));
        return mongo.findAndModify(available, new Update().inc("stock", -1).inc("version", 1), Document.class,
                "loyalty_rewards") != null;
    }

    public void returnStock(String rewardCode) {
        mongo.updateFirst(Query.query(where("_id").is(rewardCode).and("stock").ne(null)),
                new Update().inc("stock", 1).inc("version", 1), "loyalty_rewards");
    }

    /**
     * Counts one more unit of the reward for the customer unless they already hold {@code limit}.
     * The upsert inserts the first unit; when the held count is at the limit the filter misses and
     * the upsert's insert collides with the existing document: refused.
     */
    public boolean takeHolding(String rewardCode, String customerId, int limit) {
        Query underLimit = Query.query(where("_id").is(rewardCode + " " + customerId).and("held").lt(limit));
        try {
            mongo.findAndModify(underLimit, new Update().inc("held", 1),
                    FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, HOLDINGS);
            return true;
        } catch (DuplicateKeyException atLimit) {
            return false;
        }
    }

    public void returnHolding(String rewardCode, String customerId) {
        mongo.updateFirst(Query.query(where("_id").is(rewardCode + " " + customerId).and("held").gt(0)),
                new Update().inc("held", -1), HOLDINGS);
    }

    /**
     * Counts up to {@code wanted} points against a cap of {@code cap} and returns how many were
     * granted (0 when the cap is used up): compare-and-set on the used amount, retried on a race.
     */
    public long takeCapRoom(String key, long wanted, long cap) {
        if (wanted <= 0) {
            return 0;
        }
        while (true) {
            Document usage = mongo.findById(key, Document.class, CAP_USAGE);
            long used = usage == null ? 0 : ((Number) usage.get("used")).longValue();
            long granted = Math.min(wanted, cap - used);
            if (granted <= 0) {
                return 0;
            }
            try {
                Query unchanged = Query.query(where("_id").is(key).and("used").is(used));
                if (usage == null) {
                    mongo.insert(new Document("_id", key).append("used", granted), CAP_USAGE);
                    return granted;
                }
                if (mongo.updateFirst(unchanged, new Update().inc("used", granted), CAP_USAGE)
                        .getModifiedCount() == 1) {
                    return granted;
                }
            } catch (DuplicateKeyException firstInsertRace) {
                // another writer counted first; read again
            }
        }
    }

    public void returnCapRoom(String key, long points) {
        if (points > 0) {
            mongo.updateFirst(Query.query(where("_id").is(key)), new Update().inc("used", -points), CAP_USAGE);
        }
    }
}
