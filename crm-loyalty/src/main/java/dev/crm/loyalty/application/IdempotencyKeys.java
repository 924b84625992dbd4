package dev.crm.loyalty.application;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.loyalty.domain.IdempotentRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Durable Idempotency-Key records in {@code loyalty_idempotency} (unique {@code _id} = hash of scope
 * and key). The first request under a key inserts the record and runs; a repeat with the same
 * fingerprint gets the stored answer, with another fingerprint a refusal. While the first run is
 * under way a repeat is told so; a run whose node died is taken over after
 * {@code crm.loyalty.points.idempotency-lease}, which is safe because the posting it repeats is
 * itself idempotent by source reference.
 */
@Service
public class IdempotencyKeys {

    private final MongoOperations mongo;
    private final PointsProperties properties;
    private final Clock clock;

    IdempotencyKeys(MongoOperations mongo, PointsProperties properties, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
    }

    /** What to do with a request. */
    public sealed interface Claim permits Run, Replay, Mismatch, InProgress {
    }

    /** Run it, then {@link #complete} (or {@link #release} on an unexpected failure) with this token. */
    public record Run(String id, String token) implements Claim {
    }

    public record Replay(int status, String contentType, String body) implements Claim {
    }

    /** The key was used for a different request. */
    public record Mismatch() implements Claim {
    }

    /** The first request under the key is still running. */
    public record InProgress() implements Claim {
    }

    public Claim begin(String scope, String key, String fingerprint) {
        String id = hash(scope + "\n" + key);
        for (int attempt = 0; attempt < 3; attempt++) {
            Instant now = clock.instant();
            String token = UUID.randomUUID().toString();
            try {
                mongo.insert(new IdempotentRequest(id, scope, key, fingerprint, token, now, null, null, null, null));
                return new Run(id, token);
            } catch (DuplicateKeyException used) {
                IdempotentRequest earlier = mongo.findById(id, IdempotentRequest.class);
                if (earlier == null) {
                    continue; // released meanwhile
                }
                if (!earlier.fingerprint().equals(fingerprint)) {
                    return new Mismatch();
                }
                if (earlier.completed()) {
                    return new Replay(earlier.status(), earlier.contentType(), earlier.body());
                }
                if (earlier.startedAt().plus(properties.idempotencyLease()).isAfter(now)) {
                    return new InProgress();
                }
                Query abandoned = Query.query(where("_id").is(id).and("owner").is(earlier.owner())
                        .and("status").is(null));
                if (mongo.findAndModify(abandoned, new Update().set("owner", token).set("startedAt", now),
                        FindAndModifyOptions.options().returnNew(true), IdempotentRequest.class) != null) {
                    return new Run(id, token);
                }
            }
        }
        return new InProgress();
    }

    /** Stores the answer; the first completion wins, and it is the one every repeat gets. */
    public void complete(Run run, int status, String contentType, String body) {
        mongo.updateFirst(Query.query(where("_id").is(run.id()).and("owner").is(run.token()).and("status").is(null)),
                new Update().set("status", status).set("contentType", contentType).set("body", body)
                        .set("completedAt", clock.instant()),
                IdempotentRequest.class);
    }

    /** Forgets an unfinished run (an unexpected failure) so that a retry runs again. */
    public void release(Run run) {
        mongo.remove(Query.query(where("_id").is(run.id()).and("owner").is(run.token()).and("status").is(null)),
                IdempotentRequest.class);
    }

    /** The longest key accepted. */
    public static final int MAX_KEY = 200;

    /**
     * The ledger source reference a transaction without a business reference is posted under: the
     * key stands in (hashed: keys may be long), so the same key posts at most once, from the API or
     * the console alike.
     */
    public static String sourceRef(String customerId, String key) {
        return "request:" + hash(customerId + "\n" + key);
    }

    public static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
