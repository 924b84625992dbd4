package dev.crm.customer.domain.clv;

/**
 * Discounted expected margin of a customer over a horizon, combining BG/NBD expected purchases
 * with Gamma-Gamma expected spend (the lifetimes convention): the horizon is cut into steps, the
 * purchases expected in step i are E[Y(t_i)] - E[Y(t_(i-1))] with t_i = min(i*step, horizon),
 * and step i's margin is discounted by (1+d)^i.
 */
public final class DiscountedLifetimeValue {

    private DiscountedLifetimeValue() {
    }

    /**
     * @param horizonUnits        horizon in model time units, &gt; 0
     * @param stepUnits           discounting period in model time units, &gt; 0
     * @param discountRatePerStep discount rate per step, &gt;= 0
     * @param marginRate          share of spend that is margin, &gt;= 0
     * @return the discounted expected margin, finite and &gt;= 0
     */
    public static double of(BgNbdParameters bg, GammaGammaParameters gg, PurchaseHistory history,
                            double horizonUnits, double stepUnits, double discountRatePerStep, double marginRate) {
        requireFinite("horizonUnits", horizonUnits, horizonUnits > 0);
        requireFinite("stepUnits", stepUnits, stepUnits > 0);
        requireFinite("discountRatePerStep", discountRatePerStep, discountRatePerStep >= 0);
        requireFinite("marginRate", marginRate, marginRate >= 0);
        double marginPerPurchase = GammaGammaModel.expectedAverageSpend(gg, history) * marginRate;
        long steps = (long) Math.ceil(horizonUnits / stepUnits);
        double value = 0;
        double previous = 0;
        for (long i = 1; i <= steps; i++) {
            double t = Math.min(i * stepUnits, horizonUnits);
            double expected = BgNbdModel.expectedPurchases(bg, history, t);
            // E[Y(t)] is non-decreasing; clamp rounding noise so no step contributes negatively.
            double purchasesInStep = Math.max(0, expected - previous);
            value += purchasesInStep * marginPerPurchase / Math.pow(1 + discountRatePerStep, i);
            previous = Math.max(previous, expected);
        }
        if (!(Double.isFinite(value) && value >= 0)) {
            throw new ArithmeticException("lifetime value is not a finite non-negative number: " + value);
        }
        return value;
    }

    private static void requireFinite(String name, double value, boolean valid) {
        if (!(Double.isFinite(value) && valid)) {
            throw new IllegalArgumentException(name + " is out of range: " + value);
        }
    }
}
