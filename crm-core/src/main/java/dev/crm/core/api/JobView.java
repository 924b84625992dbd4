package dev.crm.core.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A job as its watcher sees it; {@code firstErrors} holds at most the first 20 row errors. */
public record JobView(String id, String kind, JobState state, Long rowsTotal, long rowsDone, long rowsSucceeded,
                      long rowsSkipped, long rowsFailed, List<JobRowError> firstErrors, Double rowsPerSecond,
                      String failureReason, Map<String, Object> result, String startedBy, Instant createdAt,
                      Instant startedAt, Instant finishedAt) {
}
