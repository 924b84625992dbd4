package dev.crm.customer.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * How customer value is spread over the customer base, as of the last scoring run: a histogram of
 * historic CLV and the number of customers per value tier and per lifecycle stage. Erased
 * customers are left out; customers not scored yet count as "unscored" (tier or stage null).
 */
public interface ValueDistribution {

    /** @param bins how many equal-width CLV bins (1..50) */
    Distribution distribution(int bins);

    /**
     * @param currency the currency CLV is measured in
     * @param clv      bins from the lowest to the highest CLV, empty when no customer has one
     * @param tiers    every tier A–D in order, then the unscored (tier null) when there are any
     * @param stages   every stage in lifecycle order, then the unscored (stage null) when there are any
     */
    record Distribution(String currency, long customers, List<ClvBin> clv, List<TierCount> tiers,
                        List<StageCount> stages) {
    }

    /** Customers whose historic CLV is in {@code [lower, upper)}; the last bin includes {@code upper}. */
    record ClvBin(BigDecimal lower, BigDecimal upper, long customers) {
    }

    record TierCount(ValueTier tier, long customers) {
    }

    record StageCount(LifecycleStage stage, long customers) {
    }
}
