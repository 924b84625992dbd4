package dev.crm.customer.domain.clv;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import org.hipparchus.special.Beta;
import org.hipparchus.special.Gamma;

/**
 * The BG/NBD purchase-count model (Fader, Hardie &amp; Lee 2005, "Counting Your Customers the
 * Easy Way"): while alive a customer buys as a Poisson process with rate lambda ~ Gamma(r, alpha);
 * after each repeat purchase they drop out for good with probability p ~ Beta(a, b).
 *
 * <p>All times (recency, age, horizons) are in the model time unit of the histories.
 */
public final class BgNbdModel {

    private BgNbdModel() {
    }

    /**
     * Log-likelihood of one customer's (x, t_x, T) (paper eq. 6), in the stable form
     * ln Gamma(r+x) - ln Gamma(r) + r ln alpha + ln(e^A1 + [x&gt;0] e^A2) with
     * A1 = ln B(a, b+x) - ln B(a, b) - (r+x) ln(alpha+T) and
     * A2 = ln B(a+1, b+x-1) - ln B(a, b) - (r+x) ln(alpha+t_x).
     */
    public static double logLikelihood(BgNbdParameters parameters, PurchaseHistory history) {
        return Terms.of(parameters, history.frequency()).logLikelihood(history.recency(), history.age());
    }

    /** Total log-likelihood of a set of customers. */
    public static double logLikelihood(BgNbdParameters parameters, List<PurchaseHistory> histories) {
        return CompressedHistories.of(histories).logLikelihood(parameters);
    }

    /**
     * Maximum-likelihood fit.
     *
     * @throws IllegalArgumentException if the list is empty, or no customer has a repeat
     *     purchase: then the likelihood prod (alpha/(alpha+T))^r grows without bound as r → 0
     *     and a, b are not identified at all, so there is no estimate to return
     */
    public static BgNbdFit fit(List<PurchaseHistory> histories) {
        return fit(histories, evaluations -> { });
    }

    /** As {@link #fit(List)}, telling {@code evaluationsSoFar} how many likelihood evaluations were spent so far. */
    public static BgNbdFit fit(List<PurchaseHistory> histories, IntConsumer evaluationsSoFar) {
        if (histories.isEmpty()) {
            throw new IllegalArgumentException("cannot fit BG/NBD to no customers");
        }
        if (histories.stream().noneMatch(h -> h.frequency() > 0)) {
            throw new IllegalArgumentException("cannot fit BG/NBD: no customer has a repeat purchase, "
                    + "so the likelihood has no maximum (it increases as r -> 0) and a, b are not identified");
        }
        CompressedHistories data = CompressedHistories.of(histories);
        double customers = data.totalWeight();
        // Moment-style start: r/alpha ~ repeat purchases per unit time; a, b near 1.
        double meanRate = histories.stream().mapToDouble(h -> h.frequency() / h.age()).average().orElse(1);
        double[] start = {0, -Math.log(Math.max(meanRate, 1e-6)), 0, 0};
        LogScaleMaximisation.Optimum optimum = LogScaleMaximisation.maximise(
                p -> data.logLikelihood(new BgNbdParameters(p[0], p[1], p[2], p[3])) / customers, start,
                evaluationsSoFar);
        double[] p = optimum.parameters();
        BgNbdParameters estimate = new BgNbdParameters(p[0], p[1], p[2], p[3]);
        return new BgNbdFit(estimate, data.logLikelihood(estimate), histories.size(), optimum.evaluations());
    }

    /**
     * Probability that the customer is still alive at T (paper eq. 13):
     * 1 / (1 + [x&gt;0] a/(b+x-1) ((alpha+T)/(alpha+t_x))^(r+x)); 1 when x = 0, because
     * dropout can only happen right after a repeat purchase.
     */
    public static double probabilityAlive(BgNbdParameters parameters, PurchaseHistory history) {
        double x = history.frequency();
        if (x == 0) {
            return 1;
        }
        double logOdds = Math.log(parameters.a()) - Math.log(parameters.b() + x - 1)
                + (parameters.r() + x) * (Math.log(parameters.alpha() + history.age())
                - Math.log(parameters.alpha() + history.recency()));
        return 1 / (1 + Math.exp(logOdds));
    }

    /**
     * E[Y(t) | x, t_x, T]: expected purchases in the next {@code t} time units (paper eq. 10).
     * It factors as P(alive) times the new-customer expectation under the posterior parameters
     * (r+x, alpha+T, a, b+x), which is what eq. 10 spells out.
     */
    public static double expectedPurchases(BgNbdParameters parameters, PurchaseHistory history, double t) {
        requireHorizon(t);
        double x = history.frequency();
        double whileAlive = expectedPurchasesWhileAlive(
                parameters.r() + x, parameters.alpha() + history.age(), parameters.a(), parameters.b() + x, t);
        return probabilityAlive(parameters, history) * whileAlive;
    }

    /** E[X(t)]: expected purchases of a new customer in their first {@code t} time units (eq. 9). */
    public static double expectedPurchasesOfNewCustomer(BgNbdParameters parameters, double t) {
        requireHorizon(t);
        return expectedPurchasesWhileAlive(parameters.r(), parameters.alpha(), parameters.a(), parameters.b(), t);
    }

    private static void requireHorizon(double t) {
        if (!(Double.isFinite(t) && t >= 0)) {
            throw new IllegalArgumentException("horizon must be finite and >= 0: " + t);
        }
    }

    /**
     * Eq. 9, (a+b-1)/(a-1) [1 - (alpha/(alpha+t))^r 2F1(r, b; a+b-1; z)], z = t/(alpha+t).
     * Euler's transformation turns (1-z)^r 2F1(r, b; c; z) into (1-z)^(a-1) 2F1(c-r, a-1; c; z),
     * whose series parameters no longer grow with x, so nothing overflows for heavy buyers.
     * At a = 1 and at a+b = 1 the expression is a removable 0/0; there we average two nearby
     * evaluations (error ~1e-10 relative).
     */
    private static double expectedPurchasesWhileAlive(double r, double alpha, double a, double b, double t) {
        if (t == 0) {
            return 0;
        }
        double h = 2e-5;
        if (Math.abs(a - 1) < h / 2 || Math.abs(a + b - 1) < h / 2) {
            return (whileAliveFormula(r, alpha, a + h, b, t) + whileAliveFormula(r, alpha, a - h, b, t)) / 2;
        }
        return whileAliveFormula(r, alpha, a, b, t);
    }

    private static double whileAliveFormula(double r, double alpha, double a, double b, double t) {
        double c = a + b - 1;
        double z = t / (alpha + t);
        double logOneMinusZ = Math.log(alpha) - Math.log(alpha + t);
        // A fit without dropout heterogeneity drives a and b to huge values; then (1-z)^(a-1)
        // underflows while the transformed series overflows (0 × ∞). The untransformed form,
        // (1-z)^r 2F1(r, b; c; z), has a small prefactor exponent there and a tame series.
        if (-(a - 1) * logOneMinusZ > MAX_EXPONENT && -r * logOneMinusZ <= MAX_EXPONENT) {
            double hypergeometric = GaussHypergeometric.value(r, b, c, z);
            return c / (a - 1) * (1 - Math.exp(r * logOneMinusZ) * hypergeometric);
        }
        double hypergeometric = GaussHypergeometric.value(c - r, a - 1, c, z);
        return c / (a - 1) * (1 - Math.exp((a - 1) * logOneMinusZ) * hypergeometric);
    }

    /** Beyond e^±600 a double product of prefactor and series is no longer trustworthy. */
    private static final double MAX_EXPONENT = 600;

    /** The x-dependent special-function terms of the likelihood, shared by customers with equal x. */
    private record Terms(double x, double r, double alpha, double logGammaPart, double logBetaAlive,
                         double logBetaDropped) {

        static Terms of(BgNbdParameters p, double x) {
            double logBetaAB = Beta.logBeta(p.a(), p.b());
            double logGammaPart = Gamma.logGamma(p.r() + x) - Gamma.logGamma(p.r()) + p.r() * Math.log(p.alpha());
            double alive = Beta.logBeta(p.a(), p.b() + x) - logBetaAB;
            double dropped = x > 0 ? Beta.logBeta(p.a() + 1, p.b() + x - 1) - logBetaAB : Double.NEGATIVE_INFINITY;
            return new Terms(x, p.r(), p.alpha(), logGammaPart, alive, dropped);
        }

        double logLikelihood(double recency, double age) {
            double stillAlive = logBetaAlive - (r + x) * Math.log(alpha + age);
            if (x == 0) {
                return logGammaPart + stillAlive;
            }
            double droppedAfterLast = logBetaDropped - (r + x) * Math.log(alpha + recency);
            double max = Math.max(stillAlive, droppedAfterLast);
            double min = Math.min(stillAlive, droppedAfterLast);
            return logGammaPart + max + Math.log1p(Math.exp(min - max));
        }
    }

    /**
     * Customers with identical (x, t_x, T) contribute identical likelihood terms, so they are
     * stored once with a weight; the special functions are computed once per distinct x.
     */
    private record CompressedHistories(double[] distinctFrequencies, int[] frequencyIndex, double[] recency,
                                       double[] age, double[] weight) {

        private record Key(double frequency, double recency, double age) {
        }

        static CompressedHistories of(List<PurchaseHistory> histories) {
            Map<Key, Integer> counts = new LinkedHashMap<>();
            TreeMap<Double, Integer> frequencies = new TreeMap<>();
            for (PurchaseHistory h : histories) {
                counts.merge(new Key(h.frequency(), h.recency(), h.age()), 1, Integer::sum);
                frequencies.putIfAbsent(h.frequency(), 0);
            }
            double[] distinct = new double[frequencies.size()];
            int i = 0;
            for (Map.Entry<Double, Integer> e : frequencies.entrySet()) {
                distinct[i] = e.getKey();
                e.setValue(i++);
            }
            int n = counts.size();
            int[] index = new int[n];
            double[] recency = new double[n];
            double[] age = new double[n];
            double[] weight = new double[n];
            int j = 0;
            for (Map.Entry<Key, Integer> e : counts.entrySet()) {
                index[j] = frequencies.get(e.getKey().frequency());
                recency[j] = e.getKey().recency();
                age[j] = e.getKey().age();
                weight[j] = e.getValue();
                j++;
            }
            return new CompressedHistories(distinct, index, recency, age, weight);
        }

        double totalWeight() {
            double total = 0;
            for (double w : weight) {
                total += w;
            }
            return total;
        }

        double logLikelihood(BgNbdParameters parameters) {
            Terms[] terms = new Terms[distinctFrequencies.length];
            for (int k = 0; k < terms.length; k++) {
                terms[k] = Terms.of(parameters, distinctFrequencies[k]);
            }
            double total = 0;
            for (int j = 0; j < weight.length; j++) {
                total += weight[j] * terms[frequencyIndex[j]].logLikelihood(recency[j], age[j]);
            }
            return total;
        }
    }
}
