package dev.crm.core.persistence;

import static org.springframework.data.mongodb.core.FindAndModifyOptions.options;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.core.api.SequenceNumbers;
import dev.crm.core.application.CoreProperties;
import dev.crm.core.domain.SequenceCounter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Numbers from one counter document per prefix and year, advanced with an atomic
 * {@code findAndModify($inc, upsert)}: the database serialises concurrent callers on the single
 * document, so no number is handed out twice and none is skipped. {@link #claim} instead lets the
 * record's insert take the number and moves the counter after it with {@code $max}, so a crash
 * between the two leaves no gap either.
 */
@Component
class MongoSequenceNumbers implements SequenceNumbers {

    private final MongoOperations mongo;
    private final Clock clock;
    private final CoreProperties properties;

    MongoSequenceNumbers(MongoOperations mongo, Clock clock, CoreProperties properties) {
        this.mongo = mongo;
        this.clock = clock;
        this.properties = properties;
    }

    /** Far more than concurrent callers ever overtake one another; a guard against a broken {@code taken}. */
    private static final int MAX_CLAIM_ATTEMPTS = 1_000;

    @Override
    public String next(String prefix) {
        return next(prefix, currentYear());
    }

    @Override
    public String next(String prefix, int year) {
        String counterId = counterId(prefix, year);
        return number(counterId, increment(counterId));
    }

    @Override
    public <T> T claim(String prefix, Function<String, T> insert, Predicate<String> taken) {
        String counterId = counterId(prefix, currentYear());
        for (int attempt = 0; attempt < MAX_CLAIM_ATTEMPTS; attempt++) {
            long candidate = current(counterId) + 1;
            String number = number(counterId, candidate);
            T stored;
            try {
                stored = insert.apply(number);
            } catch (RuntimeException refused) {
                if (!taken.test(number)) {
                    throw refused;
                }
                advanceTo(counterId, candidate);
                continue;
            }
            advanceTo(counterId, candidate);
            return stored;
        }
        throw new IllegalStateException("no free number for " + counterId + " after " + MAX_CLAIM_ATTEMPTS
                + " attempts");
    }

    private int currentYear() {
        return LocalDate.now(clock.withZone(properties.businessTimeZone())).getYear();
    }

    private static String counterId(String prefix, int year) {
        if (prefix == null || !prefix.matches("[A-Z][A-Z0-9]{0,9}")) {
            throw new IllegalArgumentException("prefix must be 1-10 upper-case letters or digits");
        }
        return prefix + "-" + year;
    }

    private static String number(String counterId, long value) {
        return "%s-%06d".formatted(counterId, value);
    }

    private long current(String counterId) {
        SequenceCounter counter = mongo.findById(counterId, SequenceCounter.class);
        return counter == null ? 0 : counter.value();
    }

    /** Moves the counter up to the value, never down (a caller that claimed a higher number got there first). */
    private void advanceTo(String counterId, long value) {
        Query query = Query.query(where("_id").is(counterId));
        Update update = new Update().max("value", value);
        try {
            mongo.upsert(query, update, SequenceCounter.class);
        } catch (DuplicateKeyException firstCounterRace) {
            mongo.upsert(query, update, SequenceCounter.class);
        }
    }

    private long increment(String counterId) {
        Query query = Query.query(where("_id").is(counterId));
        Update update = new Update().inc("value", 1L);
        try {
            return findAndIncrement(query, update);
        } catch (DuplicateKeyException firstCounterRace) {
            // Two callers upserted the very first number at once; the loser retries and now finds
            // the document (MongoDB documents this retry for upserts on a unique key).
            return findAndIncrement(query, update);
        }
    }

    private long findAndIncrement(Query query, Update update) {
        SequenceCounter counter = mongo.findAndModify(query, update, options().upsert(true).returnNew(true),
                SequenceCounter.class);
        return counter.value();
    }
}
