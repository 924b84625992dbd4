package dev.crm.customer.domain.clv;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.Well19937c;

/** Customers drawn from the model assumptions, with a fixed seed. */
final class SimulatedCustomers {

    private SimulatedCustomers() {
    }

    /**
     * BG/NBD: lambda ~ Gamma(shape r, rate alpha), p ~ Beta(a, b); exponential gaps between
     * purchases; after each repeat purchase the customer drops out with probability p. T is
     * uniform on [minAge, maxAge]; times are rounded to whole days (in weeks), as real data is.
     */
    static List<PurchaseHistory> bgNbd(BgNbdParameters parameters, int customers, double minAge, double maxAge,
                                       long seed) {
        RandomDataGenerator random = RandomDataGenerator.of(new Well19937c(seed));
        List<PurchaseHistory> histories = new ArrayList<>(customers);
        for (int i = 0; i < customers; i++) {
            double age = Math.ceil(random.nextUniform(minAge, maxAge) * 7) / 7;
            double lambda = random.nextGamma(parameters.r(), 1 / parameters.alpha());
            double dropout = random.nextBeta(parameters.a(), parameters.b());
            int x = 0;
            double last = 0;
            double time = 0;
            while (true) {
                time += random.nextExponential(1 / lambda);
                if (time > age) {
                    break;
                }
                x++;
                last = time;
                if (random.nextUniform(0, 1) < dropout) {
                    break;
                }
            }
            double recency = Math.min(Math.floor(last * 7) / 7, age);
            histories.add(PurchaseHistory.of(x, x == 0 ? 0 : recency, age));
        }
        return histories;
    }

    /**
     * Gamma-Gamma: nu ~ Gamma(shape q, rate gamma); each of x (uniform 1..maxFrequency)
     * transaction amounts ~ Gamma(shape p, rate nu); the history carries their mean.
     */
    static List<PurchaseHistory> gammaGamma(GammaGammaParameters parameters, int customers, int maxFrequency,
                                            long seed) {
        RandomDataGenerator random = RandomDataGenerator.of(new Well19937c(seed));
        List<PurchaseHistory> histories = new ArrayList<>(customers);
        for (int i = 0; i < customers; i++) {
            int x = random.nextInt(1, maxFrequency);
            double nu = random.nextGamma(parameters.q(), 1 / parameters.gamma());
            double total = 0;
            for (int k = 0; k < x; k++) {
                total += random.nextGamma(parameters.p(), 1 / nu);
            }
            histories.add(new PurchaseHistory(x, 40, 52, total / x));
        }
        return histories;
    }
}
