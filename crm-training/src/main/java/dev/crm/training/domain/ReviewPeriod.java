package dev.crm.training.domain;

import dev.crm.core.api.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period of scorecards and appraisals: a month ({@code 2025-03}), a quarter ({@code 2025-Q1}) or a
 * year ({@code 2025}), as business days {@code [firstDay, lastDay]}; its instants are counted in the
 * business time zone.
 */
public record ReviewPeriod(String key, LocalDate firstDay, LocalDate lastDay) {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** @throws InvalidInputException naming {@code field} when the text is none of the three forms */
    public static ReviewPeriod parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "is required (e.g. 2025-03, 2025-Q1 or 2025)");
        }
        String value = text.strip().toUpperCase(java.util.Locale.ROOT);
        Matcher quarter = QUARTER.matcher(value);
        if (quarter.matches()) {
            YearMonth first = YearMonth.of(Integer.parseInt(quarter.group(1)), 3 * Integer.parseInt(quarter.group(2)) - 2);
            return new ReviewPeriod(value, first.atDay(1), first.plusMonths(2).atEndOfMonth());
        }
        Matcher month = MONTH.matcher(value);
        if (month.matches()) {
            YearMonth yearMonth = YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
            return new ReviewPeriod(value, yearMonth.atDay(1), yearMonth.atEndOfMonth());
        }
        if (YEAR.matcher(value).matches()) {
            int year = Integer.parseInt(value);
            return new ReviewPeriod(value, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        throw new InvalidInputException(field, "must be a month (2025-03), a quarter (2025-Q1) or a year (2025)");
    }

    public Instant start(ZoneId zone) {
        return firstDay.atStartOfDay(zone).toInstant();
    }

    /** Exclusive: the start of the day after the last. */
    public Instant end(ZoneId zone) {
        return lastDay.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
