package dev.crm.core.application;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.core.domain.LoginAttempts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per username and per client address in MongoDB, so every app node sees
 * the same counters. Each write is conditional on the revision it read (one atomic single-document
 * update), so failures reported by several nodes at once are all counted. Expiry is by the injected
 * clock: a record past its {@code forgetAt} counts as none, and a pass deletes such records.
 */
@Component
public class LoginThrottle {

    static final String COLLECTION = "login_attempts";
    private static final int MAX_KEY = 120;
    private static final int ATTEMPTS = 10;

    private final MongoOperations mongo;
    private final Clock clock;
    private final LoginThrottleProperties properties;
    private final LoginAttempts.Terms usernameTerms;
    private final LoginAttempts.Terms addressTerms;

    public LoginThrottle(MongoOperations mongo, Clock clock, LoginThrottleProperties properties) {
        this.mongo = mongo;
        this.clock = clock;
        this.properties = properties;
        this.usernameTerms = new LoginAttempts.Terms(properties.usernameMaxFailures(), properties.window(),
                properties.firstLockOut(), properties.maxLockOut());
        this.addressTerms = new LoginAttempts.Terms(properties.addressMaxFailures(), properties.window(),
                properties.firstLockOut(), properties.maxLockOut());
    }

    /**
     * What the records say about a sign-in for this username from this address (null: unknown):
     * how long it is refused, if it is, and whether the username has a record a success must clear.
     */
    public Check check(String username, String address) {
        if (!properties.enabled()) {
            return new Check(Optional.empty(), false);
        }
        Instant now = clock.instant();
        String userKey = userKey(username);
        List<LoginAttempts> records = mongo.find(Query.query(where("_id").in(keys(username, address))),
                LoginAttempts.class, COLLECTION);
        Optional<Duration> refusal = records.stream()
                .flatMap(attempts -> attempts.lockedAt(now).stream())
                .max(Instant::compareTo)
                .map(until -> roundUpToSeconds(Duration.between(now, until)));
        return new Check(refusal, records.stream().anyMatch(attempts -> attempts.id().equals(userKey)));
    }

    /** How long sign-ins for this username or from this address (null: unknown) are refused, if they are. */
    public Optional<Duration> refusal(String username, String address) {
        return check(username, address).refusal();
    }

    /** @param usernameRecorded the username has failures or lock-outs on record */
    public record Check(Optional<Duration> refusal, boolean usernameRecorded) {
    }

    /** Counts a failed sign-in against the username and the address. */
    public void failed(String username, String address) {
        if (!properties.enabled()) {
            return;
        }
        count(userKey(username), usernameTerms);
        if (address != null) {
            count(addressKey(address), addressTerms);
        }
    }

    /** A successful sign-in clears the username's failures and lock-out history (not the address's). */
    public void succeeded(String username) {
        if (properties.enabled()) {
            mongo.remove(Query.query(where("_id").is(userKey(username))), COLLECTION);
        }
    }

    /** Deletes records that count as none any more; a TTL index would, but not on the embedded store. */
    @Scheduled(fixedDelayString = "PT15M", initialDelayString = "PT15M")
    public void forgetExpired() {
        mongo.remove(Query.query(where("forgetAt").lte(clock.instant())), COLLECTION);
    }

    private void count(String key, LoginAttempts.Terms terms) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Instant now = clock.instant();
            LoginAttempts current = mongo.findById(key, LoginAttempts.class, COLLECTION);
            if (current == null) {
                try {
                    mongo.insert(LoginAttempts.none(key).failedAt(now, terms), COLLECTION);
                    return;
                } catch (DuplicateKeyException anotherNodeWasFirst) {
                    continue;
                }
            }
            LoginAttempts next = current.failedAt(now, terms);
            Update update = new Update().set("failures", next.failures()).set("windowStartedAt", next.windowStartedAt())
                    .set("lockOuts", next.lockOuts()).set("lockedUntil", next.lockedUntil())
                    .set("forgetAt", next.forgetAt()).set("revision", next.revision());
            if (mongo.updateFirst(Query.query(where("_id").is(key).and("revision").is(current.revision())), update,
                    COLLECTION).getMatchedCount() == 1) {
                return;
            }
        }
        // Only under a storm of concurrent failures for one key; that key is locked out by then anyway.
    }

    private static List<String> keys(String username, String address) {
        List<String> keys = new ArrayList<>(2);
        keys.add(userKey(username));
        if (address != null) {
            keys.add(addressKey(address));
        }
        return keys;
    }

    /** Case-folded, so {@code Admin} and {@code admin} share one counter; very long names hashed to bound the key. */
    static String userKey(String username) {
        return "user:" + bounded(username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    static String addressKey(String address) {
        return "address:" + bounded(address);
    }

    private static String bounded(String value) {
        if (value.length() <= MAX_KEY) {
            return value;
        }
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Duration roundUpToSeconds(Duration duration) {
        long seconds = duration.toSeconds() + (duration.toNanosPart() > 0 ? 1 : 0);
        return Duration.ofSeconds(Math.max(1, seconds));
    }
}
