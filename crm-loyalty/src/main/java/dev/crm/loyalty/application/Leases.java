package dev.crm.loyalty.application;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.UUID;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Leases on scheduled work in {@code loyalty_leases}, as the complaint module takes them: inserting
 * the key succeeds for one node only (unique {@code _id}); an expired lease (its node died) is taken
 * over with findAndModify.
 */
final class Leases {

    static final String COLLECTION = "loyalty_leases";

    private final MongoOperations mongo;
    private final String owner;

    Leases(MongoOperations mongo, String job) {
        this.mongo = mongo;
        this.owner = job + "-" + UUID.randomUUID();
    }

    boolean claim(String key, Instant now, Instant until) {
        try {
            mongo.insert(new Document("_id", key).append("owner", owner).append("until", until), COLLECTION);
            return true;
        } catch (DuplicateKeyException held) {
            Query expired = Query.query(where("_id").is(key).and("until").lt(now));
            Update takeOver = new Update().set("owner", owner).set("until", until);
            return mongo.findAndModify(expired, takeOver, Document.class, COLLECTION) != null;
        }
    }

    void release(String key) {
        mongo.remove(Query.query(where("_id").is(key).and("owner").is(owner)), COLLECTION);
    }
}
