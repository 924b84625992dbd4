package dev.crm.customer.application;

import dev.crm.core.api.JobView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.bson.Document;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Starts the daily scoring run at {@code crm.customer.value.scoring-cron}. Every node's
 * scheduler fires; the first to claim the day (an insert keyed by the date into
 * {@code customer_scoring_days}) runs it, the others see the key taken and do nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "crm.customer.value.scoring-enabled", havingValue = "true", matchIfMissing = true)
public class ValueScoringScheduler {

    static final String DAYS = "customer_scoring_days";

    private final ValueScoring scoring;
    private final MongoOperations mongo;
    private final Clock clock;

    public ValueScoringScheduler(ValueScoring scoring, MongoOperations mongo, Clock clock) {
        this.scoring = scoring;
        this.mongo = mongo;
        this.clock = clock;
    }

    @Scheduled(cron = "${crm.customer.value.scoring-cron:0 30 2 * * *}",
            zone = "${crm.business-time-zone:UTC}")
    void daily() {
        startTodaysRun();
    }

    /** The job if this node claimed today's run, empty if another node (or an earlier call) did. */
    public Optional<JobView> startTodaysRun() {
        LocalDate today = scoring.today();
        try {
            mongo.insert(new Document("_id", today.toString()).append("claimedAt", java.util.Date.from(clock.instant())),
                    DAYS);
        } catch (DuplicateKeyException claimedElsewhere) {
            return Optional.empty();
        }
        return Optional.of(scoring.start(today, "system"));
    }
}
