package dev.crm.complaint.domain;

import dev.crm.complaint.api.ComplaintType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The KPIs of one bucket (and group), DOMAIN.md §1.11. Every share and statistic is null when
 * there is nothing to divide by or measure — an empty month shows "no data", never 0 % or NaN —
 * while counts are zero. Percentages have two decimals, times are in seconds with three.
 *
 * @param complaints        received in the bucket (every kind: complaints, service requests, feedback)
 * @param firstResponseSla  first responses met within target, of those decided
 * @param resolutionSla     resolutions met within target, of those decided
 * @param responseTime      receipt to first response
 * @param resolutionTime    receipt to (latest) resolution
 * @param repeatComplaints  complaints marked as a repeat of an earlier one, of all
 * @param reopened          complaints reopened at least once, of those resolved
 * @param handlingSatisfaction satisfied or very satisfied post-resolution answers, against the target
 * @param csat              mean CSAT (1..5) and share satisfied over every answered survey with a score
 * @param nps               % promoters − % detractors over every answered survey with an NPS score
 * @param topTypes          the five most frequent types (unclassified complaints left out)
 */
public record KpiFigures(long complaints, Share firstResponseSla, Share resolutionSla, Times responseTime,
                         Times resolutionTime, ComplaintRate complaintRate, Share repeatComplaints, Share reopened,
                         HandlingSatisfaction handlingSatisfaction, Csat csat, Nps nps, List<TypeCount> topTypes) {

    public static final int TOP_TYPES = 5;

    /**
     * @param activeCustomers customers with an order in the bucket (null: not known)
     * @param orders          orders placed in the bucket (null: not known)
     */
    public static KpiFigures of(ComplaintCounts counts, SurveyCounts surveys, Long activeCustomers, Long orders,
                                double satisfactionTargetPercent) {
        Double handling = percent(surveys.handlingSatisfied(), surveys.handlingAnswered());
        return new KpiFigures(counts.complaints(),
                Share.of(counts.firstResponseMet(), counts.firstResponseDue()),
                Share.of(counts.resolutionMet(), counts.resolutionDue()),
                Times.of(counts.responseTime()), Times.of(counts.resolutionTime()),
                new ComplaintRate(activeCustomers, orders, perThousand(counts.complaints(), activeCustomers),
                        perThousand(counts.complaints(), orders)),
                Share.of(counts.repeats(), counts.complaints()),
                Share.of(counts.reopened(), counts.resolved()),
                new HandlingSatisfaction(surveys.handlingAnswered(), surveys.handlingSatisfied(), handling,
                        satisfactionTargetPercent, surveys.handlingAnswered() == 0 ? null
                        : 100.0 * surveys.handlingSatisfied() / surveys.handlingAnswered() < satisfactionTargetPercent),
                new Csat(surveys.csatAnswered(), ratio(surveys.csatSum(), surveys.csatAnswered()),
                        percent(surveys.satisfied(), surveys.csatAnswered())),
                new Nps(surveys.npsAnswered(), surveys.promoters(), surveys.detractors(),
                        surveys.npsAnswered() == 0 ? null
                                : round(100.0 * (surveys.promoters() - surveys.detractors()) / surveys.npsAnswered(), 2)),
                counts.topTypes().stream().limit(TOP_TYPES).toList());
    }

    /** {@code count} of {@code outOf}, and the percentage (null when {@code outOf} is zero). */
    public record Share(long count, long outOf, Double percent) {
        public static Share of(long count, long outOf) {
            return new Share(count, outOf, KpiFigures.percent(count, outOf));
        }
    }

    /** In seconds; null without any measured duration. */
    public record Times(long count, Double meanSeconds, Double medianSeconds, Double p90Seconds) {
        static Times of(ComplaintCounts.Durations durations) {
            return new Times(durations.count(),
                    durations.count() == 0 ? null : round(durations.sumMillis() / 1000.0 / durations.count(), 3),
                    seconds(durations.medianMillis()), seconds(durations.p90Millis()));
        }

        private static Double seconds(Long millis) {
            return millis == null ? null : round(millis / 1000.0, 3);
        }
    }

    /** Complaints per 1,000 active customers and per 1,000 orders of the same bucket. */
    public record ComplaintRate(Long activeCustomers, Long orders, Double perThousandActiveCustomers,
                                Double perThousandOrders) {
    }

    /** Complaint-handling satisfaction (001 §3.4: target ≥ 90 %); {@code belowTarget} is null without answers. */
    public record HandlingSatisfaction(long answered, long satisfied, Double percent, double targetPercent,
                                       Boolean belowTarget) {
    }

    public record Csat(long answered, Double mean, Double satisfiedPercent) {
    }

    /** {@code score} in points from −100 to 100. */
    public record Nps(long answered, long promoters, long detractors, Double score) {
    }

    public record TypeCount(ComplaintType type, long count) {
    }

    static Double percent(long count, long outOf) {
        return outOf == 0 ? null : round(100.0 * count / outOf, 2);
    }

    private static Double ratio(long sum, long count) {
        return count == 0 ? null : round((double) sum / count, 2);
    }

    private static Double perThousand(long complaints, Long base) {
        return base == null || base == 0 ? null : round(1000.0 * complaints / base, 3);
    }

    private static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
