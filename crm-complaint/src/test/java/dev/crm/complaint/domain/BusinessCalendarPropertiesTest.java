package dev.crm.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.complaint.domain.BusinessCalendar.OpeningHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the SLA business-hours calendar (DOMAIN.md §1.5: clocks run in calendar hours by
 * default, or only inside a policy's opening hours, never on holidays), over random calendars in
 * zones with and without DST, random starts and random amounts of clock time.
 *
 * <p>Property tests on JUnit Jupiter: every seed draws one case, so a failure names the seed that
 * reproduces it (see the README for why this is not jqwik).
 */
class BusinessCalendarPropertiesTest {

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("Asia/Shanghai"),
            ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"), ZoneId.of("Australia/Lord_Howe"));
    /** Starts fall in 2026–2027, which holds four DST changes per DST zone. */
    private static final Instant EARLIEST = Instant.parse("2026-01-01T00:00:00Z");
    private static final long SPAN_SECONDS = Duration.ofDays(700).toSeconds();

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    /** One drawn case: a calendar, a start, and two amounts of clock time. */
    record Case(BusinessCalendar calendar, Instant start, Duration a, Duration b) {
    }

    static Case draw(long seed) {
        Random random = new Random(seed);
        ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
        Map<DayOfWeek, OpeningHours> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (hours.isEmpty() && day == DayOfWeek.SUNDAY || random.nextInt(7) < 5) {
                // On a quarter-hour grid; DST changes happen at 01:00-03:00, so some windows straddle them.
                int opens = random.nextInt(23 * 4);
                int closes = opens + 1 + random.nextInt(24 * 4 - 1 - opens);
                hours.put(day, new OpeningHours(quarter(opens), quarter(closes)));
            }
        }
        Instant start = EARLIEST.plusSeconds((long) (random.nextDouble() * SPAN_SECONDS));
        Set<LocalDate> holidays = new HashSet<>();
        LocalDate first = start.atZone(zone).toLocalDate();
        int count = random.nextInt(30);
        for (int i = 0; i < count; i++) {
            holidays.add(first.plusDays(random.nextInt(60)));
        }
        BusinessCalendar calendar = random.nextInt(10) == 0 ? BusinessCalendar.ROUND_THE_CLOCK
                : new BusinessCalendar(zone, hours, holidays);
        return new Case(calendar, start, minutes(random), minutes(random));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theBusinessTimeBetweenTheStartAndTheDeadlineIsTheAmountAdded(long seed) {
        Case drawn = draw(seed);
        Instant deadline = drawn.calendar().plus(drawn.start(), drawn.a());

        assertThat(deadline).isAfterOrEqualTo(drawn.start());
        assertThat(drawn.calendar().between(drawn.start(), deadline)).isEqualTo(drawn.a());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aDeadlineIsNeverReachedInsideClosedTime(long seed) {
        Case drawn = draw(seed);
        BusinessCalendar calendar = drawn.calendar();
        Instant deadline = calendar.plus(drawn.start(), drawn.a().plusMinutes(1));
        // The clock was running in the last second before the deadline: open hours, not a holiday.
        Instant lastSecond = deadline.minusSeconds(1);

        assertThat(calendar.between(lastSecond, deadline)).isEqualTo(Duration.ofSeconds(1));
        if (!calendar.isRoundTheClock()) {
            LocalDate day = lastSecond.atZone(calendar.zone()).toLocalDate();
            assertThat(calendar.holidays()).doesNotContain(day);
            assertThat(calendar.openingHours()).containsKey(day.getDayOfWeek());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void addingAThenBIsAddingTheirSum(long seed) {
        Case drawn = draw(seed);
        BusinessCalendar calendar = drawn.calendar();

        assertThat(calendar.plus(calendar.plus(drawn.start(), drawn.a()), drawn.b()))
                .isEqualTo(calendar.plus(drawn.start(), drawn.a().plus(drawn.b())));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void moreClockTimeNeverGivesAnEarlierDeadline(long seed) {
        Case drawn = draw(seed);
        BusinessCalendar calendar = drawn.calendar();
        Duration shorter = drawn.a().compareTo(drawn.b()) <= 0 ? drawn.a() : drawn.b();
        Duration longer = drawn.a().compareTo(drawn.b()) <= 0 ? drawn.b() : drawn.a();

        Instant earlier = calendar.plus(drawn.start(), shorter);
        Instant later = calendar.plus(drawn.start(), longer);

        assertThat(later).isAfterOrEqualTo(earlier);
        if (longer.compareTo(shorter) > 0) {
            assertThat(later).isAfter(earlier);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noClockTimeRunsOnAHolidayOrAClosedWeekday(long seed) {
        Case drawn = draw(seed);
        BusinessCalendar calendar = drawn.calendar();
        if (calendar.isRoundTheClock()) {
            return;
        }
        LocalDate first = drawn.start().atZone(calendar.zone()).toLocalDate();
        for (int i = 0; i < 60; i++) {
            LocalDate day = first.plusDays(i);
            Duration open = calendar.between(day.atStartOfDay(calendar.zone()).toInstant(),
                    day.plusDays(1).atStartOfDay(calendar.zone()).toInstant());
            OpeningHours hours = calendar.openingHours().get(day.getDayOfWeek());
            if (calendar.holidays().contains(day) || hours == null) {
                assertThat(open).as("clock time on %s", day).isZero();
            } else if (!changesOffset(calendar.zone(), day)) {
                // A day without a DST change has exactly its opening hours; one with a change has more or fewer.
                assertThat(open).as("clock time on %s", day).isEqualTo(Duration.between(hours.opens(), hours.closes()));
            }
        }
    }

    private static boolean changesOffset(ZoneId zone, LocalDate day) {
        Instant start = day.atStartOfDay(zone).toInstant();
        return zone.getRules().nextTransition(start.minusNanos(1)) != null
                && zone.getRules().nextTransition(start.minusNanos(1)).getInstant()
                        .isBefore(day.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** Up to 200 hours, in whole minutes; now and then exactly zero. */
    private static Duration minutes(Random random) {
        return random.nextInt(20) == 0 ? Duration.ZERO : Duration.ofMinutes(random.nextInt(200 * 60));
    }

    private static LocalTime quarter(int quarters) {
        return LocalTime.of(quarters / 4, quarters % 4 * 15);
    }
}
