package dev.crm.customer.api;

import dev.crm.core.api.JobView;
import java.time.LocalDate;

/** Recomputes RFM, CLV, value tiers and lifecycle stages for every customer, as a background job. */
public interface ScoringRuns {

    /**
     * Queues a run as of {@code asOf} (null: today in the business time zone).
     *
     * @throws dev.crm.core.api.InvalidInputException naming {@code asOf} when it lies in the future
     */
    JobView start(LocalDate asOf, String by);
}
