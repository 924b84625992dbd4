package dev.crm.customer.api;

import dev.crm.core.api.JobView;
import java.time.LocalDate;

/**
 * Calibrates the predictive CLV models (BG/NBD for purchases and P(alive), Gamma-Gamma for spend)
 * over every order up to a day, as a background job ({@code POST /api/v1/clv/fits}). The job runs in
 * the stages named below; once COMPLETED its result holds the fit's id ({@code fitId}) and parameters,
 * and a fit the orders cannot support ends FAILED with the reason.
 */
public interface ClvFits {

    String JOB = "clv-fit";
    /** Reading the orders up to the day, grouped by customer; no count known in advance. */
    String LOADING_ORDERS = "loading-orders";
    /** Summarising each customer's purchases (frequency, recency, age, mean spend): customers done of all. */
    String SUMMARISING_CUSTOMERS = "summarising-customers";
    /** Maximising the BG/NBD likelihood: likelihood evaluations spent so far (the optimiser decides when to stop). */
    String FITTING_BG_NBD = "fitting-bg-nbd";
    /** Maximising the Gamma-Gamma likelihood: likelihood evaluations spent so far. */
    String FITTING_GAMMA_GAMMA = "fitting-gamma-gamma";

    /**
     * Checks the input and queues the fit; returns at once with the queued job.
     *
     * @param timeUnit DAYS or WEEKS
     * @throws dev.crm.core.api.InvalidInputException naming {@code asOf} or {@code timeUnit}
     */
    JobView start(LocalDate asOf, String timeUnit, String by);
}
