package dev.crm.app.customer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.core.api.BackgroundJobs;
import dev.crm.customer.application.ValueScoring;
import dev.crm.customer.application.ValueScoringScheduler;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;

/** Every node's scheduler fires at the cron time; the day's run must start exactly once. */
class DailyScoringTest extends ApiIntegrationTest {

    @Autowired
    ValueScoring scoring;

    @Autowired
    MongoOperations mongo;

    @Autowired
    Clock clock;

    @Autowired
    BackgroundJobs jobs;

    @Test
    void twoNodesFiringTogetherStartOneRunForTheDay() {
        ValueScoringScheduler nodeA = new ValueScoringScheduler(scoring, mongo, clock);
        ValueScoringScheduler nodeB = new ValueScoringScheduler(scoring, mongo, clock);

        var started = Stream.of(nodeA, nodeB).parallel().map(ValueScoringScheduler::startTodaysRun).toList();

        assertThat(started).filteredOn(java.util.Optional::isPresent).hasSize(1);
        String jobId = started.stream().flatMap(java.util.Optional::stream).findFirst().orElseThrow().id();
        assertThat(jobs.find(jobId)).hasValueSatisfying(job -> assertThat(job.kind()).isEqualTo("customer-scoring"));
        assertThat(nodeA.startTodaysRun()).as("a later firing the same day does nothing").isEmpty();
    }
}
