package dev.crm.complaint.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The complaint KPIs of DOMAIN.md §1.11 shaped for charts: per calendar bucket the SLA compliance
 * and complaint-handling satisfaction (per group when broken down), and the volume of the whole
 * range by channel and by type. Percentages are null for a bucket with nothing to measure — an
 * empty month is a gap, never 0 %.
 */
public interface ComplaintKpiTrends {

    /**
     * Same parameters as {@code GET /api/v1/complaints/kpis}: {@code period} DAY…YEAR (default
     * MONTH), {@code from}/{@code to} ISO dates in the business zone (default the last twelve
     * buckets), {@code groupBy} a dimension or blank.
     *
     * @throws dev.crm.core.api.InvalidInputException naming {@code period}, {@code from}, {@code to}
     *                                                or {@code groupBy}
     */
    Trends trends(String period, String from, String to, String groupBy);

    /**
     * @param buckets the bucket labels, oldest first ({@code 2026-03}, {@code 2026-Q1}, …)
     * @param series  one per group, in group order; a single series named null when not broken down
     */
    record Trends(String period, LocalDate from, LocalDate to, String groupBy, double satisfactionTargetPercent,
                  List<String> buckets, List<Series> series, List<Volume> byChannel, List<Volume> byType) {
    }

    /** Lists aligned with {@link Trends#buckets()}. */
    record Series(String group, List<Long> complaints, List<Double> firstResponseSlaPercent,
                  List<Double> resolutionSlaPercent, List<Long> handlingAnswered,
                  List<Double> handlingSatisfactionPercent) {
    }

    /** Complaints received over the whole range with this channel or type ({@code value} is its name). */
    record Volume(String value, long complaints) {
    }
}
