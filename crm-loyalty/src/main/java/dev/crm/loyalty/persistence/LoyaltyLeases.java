package dev.crm.loyalty.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.UUID;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Leases on scheduled work in {@code loyalty_leases}, as crm-complaint takes them: inserting the key
 * succeeds for one node only (unique {@code _id}); an expired lease (its node died) is taken over
 * with findAndModify; the holder extends it while it works.
 */
public final class LoyaltyLeases {

    static final String LEASES = "loyalty_leases";

    private final MongoOperations mongo;
    private final String owner;

    public LoyaltyLeases(MongoOperations mongo, String job) {
        this.mongo = mongo;
        this.owner = job + "-" + UUID.randomUUID();
    }

    public boolean claim(String key, Instant now, Instant until) {
        try {
            mongo.insert(new Document("_id", key).append("owner", owner).append("until", until), LEASES);
            return true;
        } catch (DuplicateKeyException held) {
            Query expiredOrOurs = Query.query(new org.springframework.data.mongodb.core.query.Criteria().andOperator(
                    where("_id").is(key), new org.springframework.data.mongodb.core.query.Criteria()
                            .orOperator(where("until").lt(now), where("owner").is(owner))));
            Update takeOver = new Update().set("owner", owner).set("until", until);
            return mongo.findAndModify(expiredOrOurs, takeOver, Document.class, LEASES) != null;
        }
    }

    /**
     * Extends a lease this node holds; false when another node took it over meanwhile. Matched, not
     * modified, counts: extending to the same instant (a pass run at one chosen instant) changes nothing.
     */
    public boolean extend(String key, Instant until) {
        return mongo.updateFirst(Query.query(where("_id").is(key).and("owner").is(owner)),
                new Update().set("until", until), LEASES).getMatchedCount() == 1;
    }

    public void release(String key) {
        mongo.remove(Query.query(where("_id").is(key).and("owner").is(owner)), LEASES);
    }
}
