package dev.crm.core.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A job as its watcher sees it; {@code firstErrors} holds at most the first 20 row errors. A job run in
 * stages names the current one in {@code stage} (null otherwise); the row counters then count that stage's
 * units (customers, likelihood evaluations) and restart with each stage.
 */
public record JobView(String id, String kind, JobState state, String stage, Long rowsTotal, long rowsDone, long rowsSucceeded,
                      long rowsSkipped, long rowsFailed, List<JobRowError> firstErrors, Double rowsPerSecond,
                      String failureReason, Map<String, Object> result, String startedBy, Instant createdAt,
                      Instant startedAt, Instant finishedAt) {
}
