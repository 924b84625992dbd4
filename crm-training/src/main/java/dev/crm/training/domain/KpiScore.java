package dev.crm.training.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * How a person's service figures become the quantitative part of an appraisal, 0–100: the plain
 * mean of the figures there is something to measure for — resolution rate, first-response
 * compliance, resolution compliance, handling satisfaction (all already percentages) and CSAT
 * (1–5 mapped linearly: 1 → 0, 5 → 100). Missing figures are left out, not counted as 0; with none
 * at all the score is null. Response and resolution times enter through their compliance with the
 * SLA targets, which already judge them against the case's grade.
 */
public record KpiScore(Double resolutionRatePercent, Double firstResponseCompliancePercent,
                       Double resolutionCompliancePercent, Double handlingSatisfactionPercent, Double csat) {

    /** @return 0–100 with two decimals, or null when no figure could be measured */
    public BigDecimal score() {
        List<Double> parts = new ArrayList<>();
        add(parts, resolutionRatePercent);
        add(parts, firstResponseCompliancePercent);
        add(parts, resolutionCompliancePercent);
        add(parts, handlingSatisfactionPercent);
        if (csat != null) {
            parts.add((csat - 1.0) / 4.0 * 100.0);
        }
        if (parts.isEmpty()) {
            return null;
        }
        double sum = parts.stream().mapToDouble(Double::doubleValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(parts.size()), 2, RoundingMode.HALF_UP);
    }

    private static void add(List<Double> parts, Double percent) {
        if (percent != null) {
            parts.add(percent);
        }
    }
}
