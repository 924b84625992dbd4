package dev.crm.complaint.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * The calendar buckets of the KPI dashboards and reports (DOMAIN.md §1.11): days, ISO weeks
 * (Monday first), months, quarters and years, counted in the business time zone.
 */
public enum KpiPeriod {
    DAY, WEEK, MONTH, QUARTER, YEAR;

    /** The first day of the bucket that holds {@code date}. */
    public LocalDate startOf(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> date.withMonth((date.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    /** The first day of the bucket after the one starting at {@code start}. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
    }

    /** How many buckets hold the dates {@code from} to {@code to}, both included ({@code from <= to}). */
    public long bucketsBetween(LocalDate from, LocalDate to) {
        LocalDate first = startOf(from);
        LocalDate last = startOf(to);
        return 1 + switch (this) {
            case DAY -> ChronoUnit.DAYS.between(first, last);
            case WEEK -> ChronoUnit.WEEKS.between(first, last);
            case MONTH -> ChronoUnit.MONTHS.between(first, last);
            case QUARTER -> ChronoUnit.MONTHS.between(first, last) / 3;
            case YEAR -> ChronoUnit.YEARS.between(first, last);
        };
    }

    /** {@code 2026-03-09}, {@code 2026-W11}, {@code 2026-03}, {@code 2026-Q1}, {@code 2026}. */
    public String label(LocalDate start) {
        return switch (this) {
            case DAY -> start.toString();
            case WEEK -> String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format("%d-%02d", start.getYear(), start.getMonthValue());
            case QUARTER -> start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> Integer.toString(start.getYear());
        };
    }
}
