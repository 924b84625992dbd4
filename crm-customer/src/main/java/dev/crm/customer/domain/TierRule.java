package dev.crm.customer.domain;

import dev.crm.customer.api.ValueTier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A customer reaches {@code tier} when every threshold given here holds (a null threshold is
 * not checked): CLV at least {@code minClv}, RFM score (3–15) at least {@code minRfmScore},
 * churn risk ({@code 1 − P(alive)}) at most {@code maxChurnRisk}. CLV is the predicted one when
 * a model has been fitted, the historic one otherwise.
 */
public record TierRule(ValueTier tier, BigDecimal minClv, Integer minRfmScore, Double maxChurnRisk) {

    /** Why the customer is in this tier, or null when the rule does not hold. */
    String reasonIfMet(BigDecimal clv, Rfm rfm, Double churnRisk) {
        List<String> reasons = new ArrayList<>();
        if (minClv != null) {
            if (clv.compareTo(minClv) < 0) {
                return null;
            }
            reasons.add("CLV " + clv.toPlainString() + " ≥ " + minClv.toPlainString());
        }
        if (minRfmScore != null) {
            if (rfm == null || rfm.score() < minRfmScore) {
                return null;
            }
            reasons.add("RFM " + rfm.score() + " ≥ " + minRfmScore);
        }
        if (maxChurnRisk != null) {
            if (churnRisk == null || churnRisk > maxChurnRisk) {
                return null;
            }
            reasons.add(String.format(java.util.Locale.ROOT, "churn risk %.2f ≤ %.2f", churnRisk, maxChurnRisk));
        }
        return reasons.isEmpty() ? "no thresholds" : String.join(", ", reasons);
    }
}
