package dev.crm.app.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.core.api.BackgroundJobs;
import dev.crm.core.api.JobRowError;
import dev.crm.core.api.JobState;
import dev.crm.core.api.JobView;
import dev.crm.core.api.PageQuery;
import dev.crm.core.domain.Job;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;

class BackgroundJobsTest extends ApiIntegrationTest {

    @Autowired
    BackgroundJobs jobs;

    @Autowired
    MongoOperations mongo;

    private JobView finished(JobView submitted) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JobState state = jobs.find(submitted.id()).orElseThrow().state();
            return state == JobState.COMPLETED || state == JobState.FAILED;
        });
        return jobs.find(submitted.id()).orElseThrow();
    }

    @Test
    void progressAndRowErrorsAreKeptAndTheResultRecorded() {
        JobView job = finished(jobs.submit("test-progress", "tester", context -> {
            context.rowsTotal(5);
            context.progress(3, 2, 0, List.of(new JobRowError(4, "amount", "must not be negative")));
            context.progress(2, 1, 1, List.of());
            return Map.of("answer", 42);
        }));

        assertThat(job.state()).isEqualTo(JobState.COMPLETED);
        assertThat(job.rowsTotal()).isEqualTo(5);
        assertThat(job.rowsDone()).isEqualTo(5);
        assertThat(job.rowsSucceeded()).isEqualTo(3);
        assertThat(job.rowsSkipped()).isEqualTo(1);
        assertThat(job.rowsFailed()).isEqualTo(1);
        assertThat(job.firstErrors()).containsExactly(new JobRowError(4, "amount", "must not be negative"));
        assertThat(job.result()).containsEntry("answer", 42);
        assertThat(job.finishedAt()).isNotNull();
        assertThat(jobs.errors(job.id(), new PageQuery(0, 10)).items()).hasSize(1);
    }

    @Test
    void aJobThatThrowsIsFailedWithItsReason() {
        JobView job = finished(jobs.submit("test-failure", "tester", context -> {
            throw new IllegalStateException("disk full");
        }));

        assertThat(job.state()).isEqualTo(JobState.FAILED);
        assertThat(job.failureReason()).isEqualTo("IllegalStateException: disk full");
    }

    @Test
    void aJobWhoseNodeStoppedRefreshingItReadsAsFailed() {
        Job orphan = mongo.insert(Job.queued("test-orphan", "tester", Instant.now().minus(Duration.ofMinutes(10))));

        JobView seen = jobs.find(orphan.getId()).orElseThrow();

        assertThat(seen.state()).isEqualTo(JobState.FAILED);
        assertThat(seen.failureReason()).contains("stopped");
        Job fresh = mongo.insert(Job.queued("test-fresh", "tester", Instant.now()));
        assertThat(jobs.find(fresh.getId()).orElseThrow().state()).as("a recent heartbeat is alive")
                .isEqualTo(JobState.QUEUED);
    }
}
