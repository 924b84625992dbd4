package dev.crm.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class KpiQueryTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    private static final ZoneId UTC = ZoneId.of("UTC");

    @Test
    void eachPeriodCutsTheCalendarIntoItsBuckets() {
        assertThat(labels(KpiPeriod.DAY, "2026-02-27", "2026-03-01")).containsExactly("2026-02-27", "2026-02-28",
                "2026-03-01");
        // ISO weeks start on Monday; 1 January 2027 is a Friday in week 53 of 2026.
        assertThat(labels(KpiPeriod.WEEK, "2026-12-28", "2027-01-04")).containsExactly("2026-W53", "2027-W01");
        assertThat(labels(KpiPeriod.MONTH, "2026-01-15", "2026-03-02")).containsExactly("2026-01", "2026-02",
                "2026-03");
        assertThat(labels(KpiPeriod.QUARTER, "2026-02-01", "2026-12-31")).containsExactly("2026-Q1", "2026-Q2",
                "2026-Q3", "2026-Q4");
        assertThat(labels(KpiPeriod.YEAR, "2025-06-01", "2026-01-01")).containsExactly("2025", "2026");
    }

    @Test
    void theFirstAndLastBucketsAreCutToTheRange() {
        List<KpiBucket> buckets = query(KpiPeriod.MONTH, "2026-01-15", "2026-02-10").buckets(UTC);

        assertThat(buckets.get(0).start()).isEqualTo(Instant.parse("2026-01-15T00:00:00Z"));
        assertThat(buckets.get(0).end()).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(buckets.get(1).start()).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(buckets.get(1).end()).isEqualTo(Instant.parse("2026-02-11T00:00:00Z"));
    }

    @Test
    void edgesAreLocalMidnightsSoDstDaysHaveTheirRealLength() {
        // New York leaves summer time on 1 November 2026: that day lasts 25 hours.
        List<KpiBucket> buckets = query(KpiPeriod.DAY, "2026-11-01", "2026-11-02")
                .buckets(ZoneId.of("America/New_York"));

        assertThat(buckets.get(0).start()).isEqualTo(Instant.parse("2026-11-01T04:00:00Z"));
        assertThat(buckets.get(0).end()).isEqualTo(Instant.parse("2026-11-02T05:00:00Z"));
        assertThat(query(KpiPeriod.MONTH, "2026-03-01", "2026-03-31").buckets(ZoneId.of("Asia/Shanghai")).get(0)
                .start()).isEqualTo(Instant.parse("2026-02-28T16:00:00Z"));
    }

    @Test
    void withoutDatesTheLastTwelveBucketsUpToTodayAreShown() {
        KpiQuery months = KpiQuery.parse(null, null, null, null, TODAY, 366);
        KpiQuery weeks = KpiQuery.parse("week", null, null, null, TODAY, 366);

        assertThat(months.period()).isEqualTo(KpiPeriod.MONTH);
        assertThat(months.from()).isEqualTo(LocalDate.parse("2025-12-01"));
        assertThat(months.to()).isEqualTo(TODAY);
        assertThat(months.buckets(UTC)).hasSize(12);
        assertThat(weeks.buckets(UTC)).hasSize(12);
        assertThat(weeks.from().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
    }

    @Test
    void badParametersAreRefusedNamingEachField() {
        assertThatThrownBy(() -> KpiQuery.parse("HOURLY", "2026-13-01", "tomorrow", "COLOUR", TODAY, 366))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactlyInAnyOrder("period", "groupBy", "from", "to"));
        assertThatThrownBy(() -> KpiQuery.parse("MONTH", "2026-03-02", "2026-03-01", null, TODAY, 366))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("from"));
    }

    @Test
    void aRangeOverTheBucketCapIsRefusedAndOneAtTheCapIsNot() {
        assertThat(query(KpiPeriod.DAY, "2024-01-01", "2024-12-31").buckets(UTC)).hasSize(366);
        assertThatThrownBy(() -> KpiQuery.parse("DAY", "2024-01-01", "2025-01-01", null, TODAY, 366))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations().get(0).field()).isEqualTo("from");
                    assertThat(e.violations().get(0).message()).contains("367", "366");
                });
        // Counted, not walked: a range of millennia by day is refused at once.
        assertThatThrownBy(() -> KpiQuery.parse("DAY", "0001-01-01", "9999-12-31", null, TODAY, 366))
                .isInstanceOf(InvalidInputException.class);
        assertThat(KpiPeriod.WEEK.bucketsBetween(LocalDate.parse("2026-11-22"), LocalDate.parse("2026-11-23")))
                .isEqualTo(2);
        assertThat(KpiPeriod.QUARTER.bucketsBetween(LocalDate.parse("2026-03-31"), LocalDate.parse("2026-04-01")))
                .isEqualTo(2);
    }

    private static List<String> labels(KpiPeriod period, String from, String to) {
        return query(period, from, to).buckets(UTC).stream().map(KpiBucket::label).toList();
    }

    private static KpiQuery query(KpiPeriod period, String from, String to) {
        return KpiQuery.of(period, LocalDate.parse(from), LocalDate.parse(to), null, TODAY, 366);
    }
}
