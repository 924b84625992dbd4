package dev.crm.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.complaint.domain.BusinessCalendar.OpeningHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void roundTheClockIsPlainElapsedTime() {
        Instant start = Instant.parse("2026-11-20T22:00:00Z");
        assertThat(BusinessCalendar.ROUND_THE_CLOCK.plus(start, Duration.ofHours(48)))
                .isEqualTo(Instant.parse("2026-11-22T22:00:00Z"));
        assertThat(BusinessCalendar.ROUND_THE_CLOCK.between(start, Instant.parse("2026-11-21T01:30:00Z")))
                .isEqualTo(Duration.ofMinutes(210));
    }

    @Test
    void theClockStopsOvernight() {
        BusinessCalendar calendar = weekdays(SHANGHAI, Set.of());
        // Wednesday 17:00 local + 4 working hours = 1 h on Wednesday, 3 h from Thursday 09:00.
        Instant start = at(SHANGHAI, "2026-11-18T17:00");

        assertThat(calendar.plus(start, Duration.ofHours(4))).isEqualTo(at(SHANGHAI, "2026-11-19T12:00"));
    }

    @Test
    void aStartOutsideOpeningHoursWaitsForTheNextOpening() {
        BusinessCalendar calendar = weekdays(SHANGHAI, Set.of());

        assertThat(calendar.plus(at(SHANGHAI, "2026-11-18T06:30"), Duration.ofMinutes(30)))
                .isEqualTo(at(SHANGHAI, "2026-11-18T09:30"));
        assertThat(calendar.plus(at(SHANGHAI, "2026-11-18T23:00"), Duration.ZERO))
                .isEqualTo(at(SHANGHAI, "2026-11-19T09:00"));
    }

    @Test
    void weekendsAndHolidaysDoNotCount() {
        BusinessCalendar calendar = weekdays(SHANGHAI, Set.of(LocalDate.parse("2026-11-23")));
        // Friday 16:00 + 3 h: 2 h on Friday, Saturday/Sunday closed, Monday a holiday, 1 h Tuesday.
        Instant start = at(SHANGHAI, "2026-11-20T16:00");

        assertThat(calendar.plus(start, Duration.ofHours(3))).isEqualTo(at(SHANGHAI, "2026-11-24T10:00"));
        assertThat(calendar.between(start, at(SHANGHAI, "2026-11-24T10:00"))).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void aDayThatLosesAnHourToDaylightSavingCountsOnlyTheHoursItHas() {
        // Europe/Berlin springs forward on Sunday 2026-03-29 at 02:00 -> 03:00.
        BusinessCalendar allDaySunday = new BusinessCalendar(BERLIN,
                Map.of(DayOfWeek.SUNDAY, new OpeningHours(LocalTime.of(0, 0), LocalTime.of(23, 59))), Set.of());
        Instant midnight = at(BERLIN, "2026-03-29T00:00");

        assertThat(allDaySunday.plus(midnight, Duration.ofHours(3))).isEqualTo(at(BERLIN, "2026-03-29T04:00"));
        assertThat(allDaySunday.between(midnight, at(BERLIN, "2026-03-29T23:59")))
                .isEqualTo(Duration.ofHours(22).plusMinutes(59));
    }

    @Test
    void aDayThatGainsAnHourCountsItToo() {
        // Europe/Berlin falls back on Sunday 2026-10-25 at 03:00 -> 02:00.
        BusinessCalendar allDaySunday = new BusinessCalendar(BERLIN,
                Map.of(DayOfWeek.SUNDAY, new OpeningHours(LocalTime.of(0, 0), LocalTime.of(23, 59))), Set.of());
        Instant midnight = at(BERLIN, "2026-10-25T00:00");

        assertThat(allDaySunday.plus(midnight, Duration.ofHours(4))).isEqualTo(at(BERLIN, "2026-10-25T03:00"));
        assertThat(allDaySunday.between(midnight, at(BERLIN, "2026-10-25T23:59")))
                .isEqualTo(Duration.ofHours(24).plusMinutes(59));
    }

    @Test
    void plusAndBetweenAgree() {
        BusinessCalendar calendar = weekdays(SHANGHAI, Set.of(LocalDate.parse("2026-12-25")));
        Instant start = at(SHANGHAI, "2026-12-18T11:17");
        for (int hours = 0; hours < 100; hours += 7) {
            Instant end = calendar.plus(start, Duration.ofHours(hours));
            assertThat(calendar.between(start, end)).as("%d h", hours).isEqualTo(Duration.ofHours(hours));
        }
    }

    @Test
    void invalidValuesAreRefused() {
        assertThatThrownBy(() -> new OpeningHours(LocalTime.of(18, 0), LocalTime.of(9, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> weekdays(SHANGHAI, Set.of()).plus(Instant.EPOCH, Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        BusinessCalendar neverOpen = new BusinessCalendar(SHANGHAI,
                Map.of(DayOfWeek.MONDAY, new OpeningHours(LocalTime.of(9, 0), LocalTime.of(10, 0))),
                Set.of());
        assertThat(neverOpen.plus(at(SHANGHAI, "2026-11-23T09:00"), Duration.ofHours(2)))
                .isEqualTo(at(SHANGHAI, "2026-11-30T10:00"));
    }

    static BusinessCalendar weekdays(ZoneId zone, Set<LocalDate> holidays) {
        Map<DayOfWeek, OpeningHours> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY}) {
            hours.put(day, new OpeningHours(LocalTime.of(9, 0), LocalTime.of(18, 0)));
        }
        return new BusinessCalendar(zone, hours, holidays);
    }

    private static Instant at(ZoneId zone, String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }
}
