package dev.crm.complaint.application;

import static org.springframework.data.mongodb.core.FindAndModifyOptions.options;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.bson.Document;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The key that signs survey links. Configured ({@code crm.complaint.survey.secret}) or, when not,
 * generated once and kept in {@code complaint_secrets}: the first node to start inserts it with an
 * upsert that only sets it on insert, so every node reads the same key and a link sent by one node
 * is verified by any other.
 */
@Component
class SurveyKey implements ApplicationRunner {

    static final String COLLECTION = "complaint_secrets";
    private static final String ID = "survey-token-key";

    private final SurveyProperties properties;
    private final MongoOperations mongo;
    private final SecureRandom random;
    private final Clock clock;
    private volatile byte[] key;

    SurveyKey(SurveyProperties properties, MongoOperations mongo, Clock clock) {
        this.properties = properties;
        this.mongo = mongo;
        this.random = new SecureRandom();
        this.clock = clock;
    }

    /** Settles the key at start, so the first node to start stores it before any link is sent. */
    @Override
    public void run(ApplicationArguments args) {
        bytes();
    }

    byte[] bytes() {
        byte[] known = key;
        if (known == null) {
            synchronized (this) {
                if (key == null) {
                    key = load();
                }
                known = key;
            }
        }
        return known;
    }

    SecureRandom random() {
        return random;
    }

    private byte[] load() {
        if (properties.secret() != null && !properties.secret().isBlank()) {
            return properties.secret().getBytes(StandardCharsets.UTF_8);
        }
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        Query query = Query.query(where("_id").is(ID));
        Update insertOnly = new Update().setOnInsert("key", Base64.getEncoder().encodeToString(fresh))
                .setOnInsert("createdAt", clock.instant());
        Document stored;
        try {
            stored = mongo.findAndModify(query, insertOnly, options().upsert(true).returnNew(true), Document.class,
                    COLLECTION);
        } catch (DuplicateKeyException anotherNodeFirst) {
            stored = mongo.findOne(query, Document.class, COLLECTION);
        }
        return Base64.getDecoder().decode(stored.getString("key"));
    }
}
