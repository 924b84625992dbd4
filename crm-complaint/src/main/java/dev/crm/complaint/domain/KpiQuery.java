package dev.crm.complaint.domain;

import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a KPI view asks for: calendar buckets of {@code period} covering the local dates
 * {@code from} to {@code to} (both included) in the business time zone, optionally broken down by
 * one dimension.
 */
public record KpiQuery(KpiPeriod period, LocalDate from, LocalDate to, KpiDimension groupBy) {

    /** Without dates, the bucket holding today and the eleven before it. */
    static final int DEFAULT_BUCKETS = 12;

    /**
     * Reads the query parameters, each problem named by its field.
     *
     * @param maxBuckets how many buckets one query may span (a guard against a year by day by agent
     *                   turning into a scan nobody asked for)
     */
    public static KpiQuery parse(String period, String from, String to, String groupBy, LocalDate today,
                                 int maxBuckets) {
        List<FieldViolation> violations = new ArrayList<>();
        KpiPeriod parsedPeriod = period == null || period.isBlank() ? KpiPeriod.MONTH
                : parseEnum(KpiPeriod.class, period, "period", violations);
        KpiDimension parsedGroupBy = groupBy == null || groupBy.isBlank() ? null
                : parseEnum(KpiDimension.class, groupBy, "groupBy", violations);
        LocalDate parsedTo = to == null || to.isBlank() ? null : parseDate(to, "to", violations);
        LocalDate parsedFrom = from == null || from.isBlank() ? null : parseDate(from, "from", violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return of(parsedPeriod, parsedFrom, parsedTo, parsedGroupBy, today, maxBuckets);
    }

    /** A checked query; missing dates default to the last {@value #DEFAULT_BUCKETS} buckets up to today. */
    public static KpiQuery of(KpiPeriod period, LocalDate from, LocalDate to, KpiDimension groupBy, LocalDate today,
                              int maxBuckets) {
        if (period == null) {
            throw new InvalidInputException("period", "is required");
        }
        LocalDate end = to != null ? to : from != null && from.isAfter(today) ? from : today;
        LocalDate start = from;
        if (start == null) {
            start = period.startOf(end);
            for (int i = 1; i < DEFAULT_BUCKETS; i++) {
                start = period.startOf(start.minusDays(1));
            }
        }
        if (start.isAfter(end)) {
            throw new InvalidInputException("from", "must not be after to (" + end + ")");
        }
        KpiQuery query = new KpiQuery(period, start, end, groupBy);
        long buckets = query.bucketCount();
        if (buckets > maxBuckets) {
            throw new InvalidInputException("from", "the range from " + start + " to " + end + " spans " + buckets
                    + " " + period + " buckets; at most " + maxBuckets + " are allowed — choose a longer period"
                    + " or a shorter range");
        }
        return query;
    }

    /** The buckets, their edges at local midnight in {@code zone} (a DST day is 23 or 25 hours long). */
    public List<KpiBucket> buckets(ZoneId zone) {
        List<KpiBucket> buckets = new ArrayList<>();
        LocalDate endExclusive = to.plusDays(1);
        LocalDate bucketStart = period.startOf(from);
        while (bucketStart.isBefore(endExclusive)) {
            LocalDate next = period.next(bucketStart);
            LocalDate cutStart = bucketStart.isBefore(from) ? from : bucketStart;
            LocalDate cutEnd = next.isAfter(endExclusive) ? endExclusive : next;
            buckets.add(new KpiBucket(period.label(bucketStart), midnight(cutStart, zone), midnight(cutEnd, zone)));
            bucketStart = next;
        }
        return buckets;
    }

    public Instant start(ZoneId zone) {
        return midnight(from, zone);
    }

    /** Exclusive: the first instant of the day after {@code to}. */
    public Instant end(ZoneId zone) {
        return midnight(to.plusDays(1), zone);
    }

    public KpiQuery groupedBy(KpiDimension dimension) {
        return new KpiQuery(period, from, to, dimension);
    }

    private long bucketCount() {
        return period.bucketsBetween(from, to);
    }

    private static Instant midnight(LocalDate date, ZoneId zone) {
        return date.atStartOfDay(zone).toInstant();
    }

    private static LocalDate parseDate(String text, String field, List<FieldViolation> violations) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            violations.add(new FieldViolation(field, "must be a date like 2026-01-31, not '" + text + "'"));
            return null;
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String text, String field,
                                                  List<FieldViolation> violations) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(new FieldViolation(field, "must be one of "
                    + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
            return null;
        }
    }
}
