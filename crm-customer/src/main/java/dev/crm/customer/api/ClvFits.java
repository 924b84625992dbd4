package dev.crm.customer.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Calibrates the predictive CLV models (BG/NBD for purchases and P(alive), Gamma-Gamma for spend)
 * over every order up to a day. The fit runs within the call, as {@code POST /api/v1/clv/fits}.
 */
public interface ClvFits {

    /**
     * @param timeUnit DAYS or WEEKS
     * @throws dev.crm.core.api.InvalidInputException          naming {@code asOf} or {@code timeUnit}
     * @throws dev.crm.core.api.BusinessRuleViolationException when the orders cannot support a fit
     */
    FitSummary calibrate(LocalDate asOf, String timeUnit, String by);

    /** The fitted parameters and what they were fitted to. */
    record FitSummary(String id, LocalDate asOf, String timeUnit, String currency, double r, double alpha, double a,
                      double b, double p, double q, double gamma, int customers, int repeatCustomers,
                      long ordersCounted, long modelMillis, Instant fittedAt, String fittedBy) {
    }
}
