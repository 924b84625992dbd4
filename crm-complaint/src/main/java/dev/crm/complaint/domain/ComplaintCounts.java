package dev.crm.complaint.domain;

import java.util.List;

/**
 * What the KPI aggregation counts over the complaints received in one bucket (and group): the raw
 * numerators and denominators {@link KpiFigures} turns into shares, means and rates.
 *
 * @param firstResponseDue milestones decided: met, breached, or past their deadline (paused ones are not)
 * @param firstResponseMet of those, met without a breach
 * @param resolved         complaints resolved at least once
 * @param reopened         complaints reopened at least once
 * @param topTypes         the most frequent classified types, most frequent first
 */
public record ComplaintCounts(long complaints, long firstResponseDue, long firstResponseMet, long resolutionDue,
                              long resolutionMet, Durations responseTime, Durations resolutionTime, long repeats,
                              long resolved, long reopened, List<KpiFigures.TypeCount> topTypes) {

    public static final ComplaintCounts NONE = new ComplaintCounts(0, 0, 0, 0, 0, Durations.NONE, Durations.NONE,
            0, 0, 0, List.of());

    public ComplaintCounts {
        responseTime = responseTime == null ? Durations.NONE : responseTime;
        resolutionTime = resolutionTime == null ? Durations.NONE : resolutionTime;
        topTypes = topTypes == null ? List.of() : List.copyOf(topTypes);
    }

    public ComplaintCounts withDurations(Durations response, Durations resolution) {
        return new ComplaintCounts(complaints, firstResponseDue, firstResponseMet, resolutionDue, resolutionMet,
                response, resolution, repeats, resolved, reopened, topTypes);
    }

    public ComplaintCounts withTopTypes(List<KpiFigures.TypeCount> types) {
        return new ComplaintCounts(complaints, firstResponseDue, firstResponseMet, resolutionDue, resolutionMet,
                responseTime, resolutionTime, repeats, resolved, reopened, types);
    }

    /**
     * Durations in milliseconds: their count and sum, and the median and 90th percentile by the
     * nearest-rank method (the value at rank ⌈p·n⌉ of the sorted durations: always one of the
     * observed values; for an even count the median is the lower of the two middle ones).
     */
    public record Durations(long count, long sumMillis, Long medianMillis, Long p90Millis) {

        public static final Durations NONE = new Durations(0, 0, null, null);

        /** The 0-based position of the p-th percentile in {@code n} sorted values, by nearest rank. */
        public static int nearestRankIndex(int percent, int n) {
            if (n <= 0) {
                throw new IllegalArgumentException("no values");
            }
            return (int) Math.max(0, (percent * (long) n + 99) / 100 - 1);
        }
    }
}
