package dev.crm.app.demo;

import java.time.Instant;
import java.util.Map;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The record that the demo data was seeded, in crm-app's own collection {@code demo_data}. The
 * seeder inserts it first, as a claim: the unique {@code _id} lets one node win, and any later start
 * (or a second node) sees it and seeds nothing.
 */
final class DemoMarker {

    static final String COLLECTION = "demo_data";
    private static final String ID = "demo-data-set";

    private final MongoOperations mongo;

    DemoMarker(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** @return true when this node now owns the seeding; false when it was claimed before */
    boolean claim(String node, Instant at) {
        try {
            mongo.insert(new Document("_id", ID).append("state", "SEEDING").append("node", node)
                    .append("claimedAt", java.util.Date.from(at)), COLLECTION);
            return true;
        } catch (DuplicateKeyException seededBefore) {
            return false;
        }
    }

    void finished(Instant at, Map<String, Long> counts, long millis) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(ID)), new Update().set("state", "SEEDED")
                .set("finishedAt", java.util.Date.from(at)).set("counts", new Document(counts))
                .set("millis", millis), COLLECTION);
    }

    void failed(Instant at, String reason) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(ID)), new Update().set("state", "FAILED")
                .set("failedAt", java.util.Date.from(at)).set("reason", reason), COLLECTION);
    }

    /** SEEDING, SEEDED or FAILED; null before any claim. */
    String state() {
        Document marker = mongo.findById(ID, Document.class, COLLECTION);
        return marker == null ? null : marker.getString("state");
    }
}
