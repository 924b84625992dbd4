package dev.crm.core.api;

import java.util.Optional;

/**
 * Long-running work (an import, a recalculation) that the caller starts and then watches at
 * {@code GET /api/v1/jobs/{id}}: state, rows done and total, errors per row, rate.
 */
public interface BackgroundJobs {

    /** Records the job as queued and runs it in the background; returns at once. */
    JobView submit(String kind, String startedBy, JobWork work);

    Optional<JobView> find(String id);

    /** Every row error of a job, in line order. */
    ResultPage<JobRowError> errors(String id, PageQuery page);
}
