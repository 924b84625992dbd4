package dev.crm.complaint.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer to a {@link KpiQuery}: per bucket, per group (one group, named null, when not broken
 * down), the figures; and the backlog at the end of the range (or now, if that is earlier).
 */
public record KpiResult(KpiPeriod period, LocalDate from, LocalDate to, String zone, KpiDimension groupBy,
                        Instant computedAt, List<Bucket> buckets, Backlog backlog) {

    public record Bucket(String label, Instant start, Instant end, List<Group> groups) {
    }

    public record Group(String group, KpiFigures figures) {
    }
}
