package dev.crm.complaint.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import lombok.Getter;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A periodic KPI report as it was computed: the figures overall and broken down by each dimension
 * of the report, frozen at {@code generatedAt} (later changes to the complaints do not alter it).
 * Dates are kept as ISO text so a report reads the same whatever the server's zone.
 */
@Getter
@Document("kpi_reports")
@CompoundIndex(name = "newest_first", def = "{'generatedAt': -1}")
public class KpiReport {

    public enum Trigger { SCHEDULED, ON_DEMAND }

    @Id
    private final String id;
    /** {@code MONTH:2026-01} for a scheduled report; null on demand. */
    private final String periodKey;
    private final Trigger trigger;
    private final KpiPeriod period;
    private final String from;
    private final String to;
    private final String zone;
    private final Instant generatedAt;
    private final String generatedBy;
    private final Breakdown overall;
    private final List<Breakdown> breakdowns;

    @PersistenceCreator
    KpiReport(String id, String periodKey, Trigger trigger, KpiPeriod period, String from, String to, String zone,
              Instant generatedAt, String generatedBy, Breakdown overall, List<Breakdown> breakdowns) {
        this.id = id;
        this.periodKey = periodKey;
        this.trigger = trigger;
        this.period = period;
        this.from = from;
        this.to = to;
        this.zone = zone;
        this.generatedAt = generatedAt;
        this.generatedBy = generatedBy;
        this.overall = overall;
        this.breakdowns = breakdowns == null ? List.of() : List.copyOf(breakdowns);
    }

    /** Freezes computed results: the first is the overall one, the others one per dimension. */
    public static KpiReport of(String periodKey, Trigger trigger, KpiResult overall, List<KpiResult> byDimension,
                               String by) {
        return new KpiReport(null, periodKey, trigger, overall.period(), overall.from().toString(),
                overall.to().toString(), overall.zone(), overall.computedAt(), by, Breakdown.of(overall),
                byDimension.stream().map(Breakdown::of).toList());
    }

    public LocalDate fromDate() {
        return LocalDate.parse(from);
    }

    public LocalDate toDate() {
        return LocalDate.parse(to);
    }

    /** The overall figures or one dimension's, as a result again. */
    public KpiResult result(Breakdown breakdown) {
        return new KpiResult(period, fromDate(), toDate(), zone, breakdown.groupBy(), generatedAt,
                breakdown.buckets(), breakdown.backlog());
    }

    public List<KpiDimension> dimensions() {
        return breakdowns.stream().map(Breakdown::groupBy).toList();
    }

    /** One breakdown of the report (groupBy null: overall). */
    public record Breakdown(KpiDimension groupBy, List<KpiResult.Bucket> buckets, Backlog backlog) {
        static Breakdown of(KpiResult result) {
            return new Breakdown(result.groupBy(), result.buckets(), result.backlog());
        }
    }
}
