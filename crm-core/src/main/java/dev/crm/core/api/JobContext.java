package dev.crm.core.api;

import java.util.List;

/** What a running job reports back; each call is one durable write, so report per batch, not per row. */
public interface JobContext {

    String jobId();

    void rowsTotal(long total);

    /**
     * Adds a batch's counts: rows done (processed in any way), of which succeeded, skipped
     * (already there: a re-run) and failed (each with its errors).
     */
    void progress(long done, long succeeded, long skipped, List<JobRowError> errors);
}
