package dev.crm.customer.domain.clv;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import org.hipparchus.special.Gamma;

/**
 * The Gamma-Gamma model of a customer's mean repeat spend (Fader &amp; Hardie 2013, "The
 * Gamma-Gamma Model of Monetary Value"): each transaction amount is Gamma(p, nu) with
 * customer-specific rate nu ~ Gamma(q, gamma). It assumes spend is independent of purchase
 * frequency, and it only describes customers with at least one repeat purchase.
 */
public final class GammaGammaModel {

    private GammaGammaModel() {
    }

    /**
     * Log-likelihood of the observed mean spends, summed over customers with x &gt; 0 and positive
     * mean spend (others carry no spend information and are skipped). Per customer, the density of
     * the mean m of x amounts (note eq. 4):
     * ln Gamma(px+q) - ln Gamma(px) - ln Gamma(q) + q ln gamma + (px-1) ln m + px ln x
     * - (px+q) ln(gamma + x m).
     */
    public static double logLikelihood(GammaGammaParameters parameters, List<PurchaseHistory> histories) {
        double total = 0;
        for (PurchaseHistory h : histories) {
            if (informs(h)) {
                total += logLikelihood(parameters, h.frequency(), h.meanRepeatSpend());
            }
        }
        return total;
    }

    /**
     * Maximum-likelihood fit on the customers with repeat purchases and positive mean spend.
     *
     * @throws IllegalArgumentException if no customer has a repeat purchase with positive spend
     */
    public static GammaGammaFit fit(List<PurchaseHistory> histories) {
        return fit(histories, evaluations -> { });
    }

    /** As {@link #fit(List)}, telling {@code evaluationsSoFar} how many likelihood evaluations were spent so far. */
    public static GammaGammaFit fit(List<PurchaseHistory> histories, IntConsumer evaluationsSoFar) {
        List<PurchaseHistory> repeaters = histories.stream().filter(GammaGammaModel::informs).toList();
        if (repeaters.isEmpty()) {
            throw new IllegalArgumentException("cannot fit Gamma-Gamma: no customer has a repeat purchase "
                    + "with positive spend (the model describes repeat spend only)");
        }
        SpendsByFrequency data = SpendsByFrequency.of(repeaters);
        double meanSpend = repeaters.stream().mapToDouble(PurchaseHistory::meanRepeatSpend).average().orElseThrow();
        // Start with q = 2 and p*gamma/(q-1) equal to the observed mean spend.
        double[] start = {0, Math.log(2), Math.log(meanSpend)};
        LogScaleMaximisation.Optimum optimum = LogScaleMaximisation.maximise(
                p -> data.logLikelihood(new GammaGammaParameters(p[0], p[1], p[2])) / repeaters.size(), start,
                evaluationsSoFar);
        double[] p = optimum.parameters();
        GammaGammaParameters estimate = new GammaGammaParameters(p[0], p[1], p[2]);
        return new GammaGammaFit(estimate, logLikelihood(estimate, repeaters), repeaters.size(),
                optimum.evaluations());
    }

    /**
     * E[M | p, q, gamma, m, x] = p (gamma + x m) / (p x + q - 1) (note eq. 5), a weighted mean of
     * the population mean p gamma/(q-1) and the customer's own mean m with weight
     * p x/(p x + q - 1) on m. For x = 0 it is the population mean.
     *
     * @throws IllegalArgumentException if q &lt;= 1 (the population mean spend is infinite)
     */
    public static double expectedAverageSpend(GammaGammaParameters parameters, PurchaseHistory history) {
        if (!parameters.hasFiniteMeanSpend()) {
            throw new IllegalArgumentException("expected spend needs q > 1, got q=" + parameters.q());
        }
        double p = parameters.p();
        double x = history.frequency();
        return p * (parameters.gamma() + x * history.meanRepeatSpend()) / (p * x + parameters.q() - 1);
    }

    /**
     * The spends grouped by frequency: the Gamma-function terms and sum of ln m depend on x only,
     * leaving one logarithm per customer and evaluation.
     */
    private record SpendsByFrequency(double[] frequency, double[][] spends, double[] sumLogSpend) {

        static SpendsByFrequency of(List<PurchaseHistory> repeaters) {
            TreeMap<Double, List<Double>> groups = new TreeMap<>();
            for (PurchaseHistory h : repeaters) {
                groups.computeIfAbsent(h.frequency(), k -> new ArrayList<>()).add(h.meanRepeatSpend());
            }
            double[] frequency = new double[groups.size()];
            double[][] spends = new double[groups.size()][];
            double[] sumLogSpend = new double[groups.size()];
            int k = 0;
            for (var group : groups.entrySet()) {
                frequency[k] = group.getKey();
                spends[k] = group.getValue().stream().mapToDouble(Double::doubleValue).toArray();
                for (double m : spends[k]) {
                    sumLogSpend[k] += Math.log(m);
                }
                k++;
            }
            return new SpendsByFrequency(frequency, spends, sumLogSpend);
        }

        double logLikelihood(GammaGammaParameters parameters) {
            double p = parameters.p();
            double q = parameters.q();
            double gamma = parameters.gamma();
            double total = 0;
            for (int k = 0; k < frequency.length; k++) {
                double x = frequency[k];
                double px = p * x;
                int n = spends[k].length;
                double perCustomer = Gamma.logGamma(px + q) - Gamma.logGamma(px) - Gamma.logGamma(q)
                        + q * Math.log(gamma) + px * Math.log(x);
                double denominators = 0;
                for (double m : spends[k]) {
                    denominators += Math.log(gamma + x * m);
                }
                total += n * perCustomer + (px - 1) * sumLogSpend[k] - (px + q) * denominators;
            }
            return total;
        }
    }

    private static boolean informs(PurchaseHistory h) {
        return h.frequency() > 0 && h.meanRepeatSpend() > 0;
    }

    private static double logLikelihood(GammaGammaParameters parameters, double x, double m) {
        double p = parameters.p();
        double q = parameters.q();
        double gamma = parameters.gamma();
        double px = p * x;
        return Gamma.logGamma(px + q) - Gamma.logGamma(px) - Gamma.logGamma(q)
                + q * Math.log(gamma) + (px - 1) * Math.log(m) + px * Math.log(x)
                - (px + q) * Math.log(gamma + x * m);
    }
}
