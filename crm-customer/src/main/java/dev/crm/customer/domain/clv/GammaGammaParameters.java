package dev.crm.customer.domain.clv;

/**
 * Gamma-Gamma spend parameters: a transaction amount is Gamma(shape {@code p}, rate nu) and nu
 * varies across customers as Gamma(shape {@code q}, rate {@code gamma}).
 *
 * <p>All must be finite and positive. The population mean spend p*gamma/(q-1) only exists for
 * {@code q > 1}; {@link #hasFiniteMeanSpend()} tells, and expected-spend calculations require it.
 */
public record GammaGammaParameters(double p, double q, double gamma) {

    public GammaGammaParameters {
        BgNbdParameters.requirePositive("p", p);
        BgNbdParameters.requirePositive("q", q);
        BgNbdParameters.requirePositive("gamma", gamma);
    }

    /** Whether the expected spend exists (q &gt; 1: the mean of 1/nu is gamma/(q-1)). */
    public boolean hasFiniteMeanSpend() {
        return q > 1;
    }
}
