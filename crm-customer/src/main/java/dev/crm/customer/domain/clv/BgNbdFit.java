package dev.crm.customer.domain.clv;

/**
 * Result of a maximum-likelihood BG/NBD fit.
 *
 * @param parameters    the maximum-likelihood estimates
 * @param logLikelihood total log-likelihood at the estimates
 * @param customers     number of customers fitted
 * @param evaluations   number of likelihood evaluations spent by the optimiser
 */
public record BgNbdFit(BgNbdParameters parameters, double logLikelihood, int customers, int evaluations) {
}
