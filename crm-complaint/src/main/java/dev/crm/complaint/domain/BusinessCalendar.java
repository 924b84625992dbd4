package dev.crm.complaint.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * When the SLA clock runs. Without opening hours it runs round the clock (calendar hours, the
 * default of DOMAIN.md §1.5); with them, only inside each day's opening hours in the calendar's
 * zone and never on holidays. Local opening times are turned into instants per day, so a day that
 * gains or loses an hour at a DST change counts exactly the hours it really has.
 *
 * @param zone         the zone opening hours and holidays are meant in
 * @param openingHours per weekday; a missing day is closed
 * @param holidays     closed dates
 */
public record BusinessCalendar(ZoneId zone, Map<DayOfWeek, OpeningHours> openingHours, Set<LocalDate> holidays) {

    /** The clock always runs. */
    public static final BusinessCalendar ROUND_THE_CLOCK = new BusinessCalendar(ZoneId.of("UTC"), Map.of(), Set.of());

    /** Safety bound: a calendar with no opening hours at all would never reach a deadline. */
    private static final int MAX_DAYS = 3 * 366;

    public BusinessCalendar {
        Objects.requireNonNull(zone, "zone");
        openingHours = openingHours == null || openingHours.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(openingHours));
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
    }

    /** One day's opening hours, {@code [opens, closes)}. */
    public record OpeningHours(LocalTime opens, LocalTime closes) {
        public OpeningHours {
            Objects.requireNonNull(opens, "opens");
            Objects.requireNonNull(closes, "closes");
            if (!closes.isAfter(opens)) {
                throw new IllegalArgumentException("closes must be after opens");
            }
        }
    }

    public boolean isRoundTheClock() {
        return openingHours.isEmpty();
    }

    /** The instant at which {@code amount} of clock time has run from {@code start}. */
    public Instant plus(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative");
        }
        if (isRoundTheClock()) {
            return start.plus(amount);
        }
        Duration remaining = amount;
        LocalDate day = start.atZone(zone).toLocalDate();
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            for (Window window : windows(day)) {
                Instant from = start.isAfter(window.from()) ? start : window.from();
                if (!from.isBefore(window.to())) {
                    continue;
                }
                Duration available = Duration.between(from, window.to());
                if (available.compareTo(remaining) >= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
        throw new IllegalStateException("the calendar has no opening hours within " + MAX_DAYS + " days");
    }

    /** How much clock time runs between two instants ({@code from} before {@code to}). */
    public Duration between(Instant from, Instant to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to must not be before from");
        }
        if (isRoundTheClock()) {
            return Duration.between(from, to);
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            for (Window window : windows(day)) {
                Instant start = from.isAfter(window.from()) ? from : window.from();
                Instant end = to.isBefore(window.to()) ? to : window.to();
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    private List<Window> windows(LocalDate day) {
        OpeningHours hours = openingHours.get(day.getDayOfWeek());
        if (hours == null || holidays.contains(day)) {
            return List.of();
        }
        List<Window> windows = new ArrayList<>(1);
        Instant from = ZonedDateTime.of(day, hours.opens(), zone).toInstant();
        Instant to = ZonedDateTime.of(day, hours.closes(), zone).toInstant();
        if (from.isBefore(to)) {
            windows.add(new Window(from, to));
        }
        return windows;
    }

    private record Window(Instant from, Instant to) {
    }
}
