package dev.crm.core.api;

import java.util.List;

/** What a running job reports back; each call is one durable write, so report per batch, not per row. */
public interface JobContext {

    String jobId();

    void rowsTotal(long total);

    /**
     * Moves the job on to a named stage (a stable key such as {@code fitting-bg-nbd}) whose units are then
     * counted with {@link #progress}: the done counter restarts at 0 against {@code total} (null: unknown).
     */
    void stage(String stage, Long total);

    /**
     * Adds a batch's counts: rows done (processed in any way), of which succeeded, skipped
     * (already there: a re-run) and failed (each with its errors).
     */
    void progress(long done, long succeeded, long skipped, List<JobRowError> errors);
}
