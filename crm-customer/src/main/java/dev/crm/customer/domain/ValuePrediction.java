package dev.crm.customer.domain;

import java.math.BigDecimal;

/**
 * What the latest BG/NBD + Gamma-Gamma fit predicts for one customer over the configured
 * horizon: expected purchases, probability of still being active (the churn-risk score is
 * {@code 1 − probabilityAlive}), expected average order value and discounted lifetime value.
 */
public record ValuePrediction(String fitId, int horizonMonths, double expectedPurchases, double probabilityAlive,
                              BigDecimal expectedAverageOrderValue, BigDecimal discountedClv) {

    public double churnRisk() {
        return 1 - probabilityAlive;
    }
}
