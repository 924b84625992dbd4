package dev.crm.core.persistence;

import static org.springframework.data.mongodb.core.FindAndModifyOptions.options;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.core.api.SequenceNumbers;
import dev.crm.core.application.CoreProperties;
import dev.crm.core.domain.SequenceCounter;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Numbers from one counter document per prefix and year, advanced with an atomic
 * {@code findAndModify($inc, upsert)}: the database serialises concurrent callers on the single
 * document, so no number is handed out twice and none is skipped.
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

    @Override
    public String next(String prefix) {
        return next(prefix, LocalDate.now(clock.withZone(properties.businessTimeZone())).getYear());
    }

    @Override
    public String next(String prefix, int year) {
        if (prefix == null || !prefix.matches("[A-Z][A-Z0-9]{0,9}")) {
            throw new IllegalArgumentException("prefix must be 1-10 upper-case letters or digits");
        }
        String counterId = prefix + "-" + year;
        return "%s-%06d".formatted(counterId, increment(counterId));
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
