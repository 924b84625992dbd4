package dev.crm.core.domain;

import dev.crm.core.api.JobRowError;
import dev.crm.core.api.JobState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A background job's durable record. Counters are advanced with {@code $inc} per batch and
 * the running node refreshes {@code heartbeatAt}, so a job whose node died shows as FAILED
 * instead of RUNNING forever.
 */
@Getter
@Document("jobs")
public class Job {

    public static final int FIRST_ERRORS = 20;

    @Id
    private final String id;
    @Indexed
    private final String kind;
    private final JobState state;
    private final String stage;
    private final Long rowsTotal;
    private final long rowsDone;
    private final long rowsSucceeded;
    private final long rowsSkipped;
    private final long rowsFailed;
    private final List<JobRowError> firstErrors;
    private final String failureReason;
    private final Map<String, Object> result;
    private final String startedBy;
    private final Instant createdAt;
    private final Instant startedAt;
    private final Instant finishedAt;
    private final Instant heartbeatAt;

    @PersistenceCreator
    Job(String id, String kind, JobState state, String stage, Long rowsTotal, long rowsDone, long rowsSucceeded, long rowsSkipped,
        long rowsFailed, List<JobRowError> firstErrors, String failureReason, Map<String, Object> result,
        String startedBy, Instant createdAt, Instant startedAt, Instant finishedAt, Instant heartbeatAt) {
        this.id = id;
        this.kind = kind;
        this.state = state;
        this.stage = stage;
        this.rowsTotal = rowsTotal;
        this.rowsDone = rowsDone;
        this.rowsSucceeded = rowsSucceeded;
        this.rowsSkipped = rowsSkipped;
        this.rowsFailed = rowsFailed;
        this.firstErrors = firstErrors == null ? List.of() : List.copyOf(firstErrors);
        this.failureReason = failureReason;
        this.result = result == null ? Map.of() : Map.copyOf(result);
        this.startedBy = startedBy;
        this.createdAt = createdAt;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.heartbeatAt = heartbeatAt;
    }

    public static Job queued(String kind, String startedBy, Instant at) {
        return new Job(null, kind, JobState.QUEUED, null, null, 0, 0, 0, 0, List.of(), null, Map.of(), startedBy, at, null,
                null, at);
    }

    /** A queued or running job whose node stopped refreshing it has died with that node. */
    public boolean isAbandoned(Instant now, java.time.Duration staleAfter) {
        return (state == JobState.QUEUED || state == JobState.RUNNING)
                && heartbeatAt != null && heartbeatAt.plus(staleAfter).isBefore(now);
    }

    /** Rows per second while running, or over the whole run once finished. */
    public Double rowsPerSecond(Instant now) {
        if (startedAt == null || rowsDone == 0) {
            return null;
        }
        Instant end = finishedAt == null ? now : finishedAt;
        double seconds = Math.max(0.001, (end.toEpochMilli() - startedAt.toEpochMilli()) / 1000.0);
        return Math.round(rowsDone / seconds * 10) / 10.0;
    }
}
