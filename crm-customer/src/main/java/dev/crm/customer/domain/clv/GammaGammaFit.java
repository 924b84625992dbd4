package dev.crm.customer.domain.clv;

/**
 * Result of a maximum-likelihood Gamma-Gamma fit.
 *
 * @param parameters    the maximum-likelihood estimates
 * @param logLikelihood total log-likelihood at the estimates over the customers used
 * @param customers     number of customers used (those with repeat purchases and positive spend)
 * @param evaluations   number of likelihood evaluations spent by the optimiser
 */
public record GammaGammaFit(GammaGammaParameters parameters, double logLikelihood, int customers, int evaluations) {
}
