package dev.crm.loyalty.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;

/** The period an earn cap counts in, in the business time zone. */
public enum CapPeriod {
    DAY, WEEK, MONTH, YEAR;

    /** The period's key, e.g. {@code 2026-05} for May 2026: awards with the same key share one cap. */
    public String keyOf(Instant at, ZoneId zone) {
        LocalDate day = at.atZone(zone).toLocalDate();
        return switch (this) {
            case DAY -> day.toString();
            case WEEK -> day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            case MONTH -> day.getYear() + "-" + String.format("%02d", day.getMonthValue());
            case YEAR -> String.valueOf(day.getYear());
        };
    }
}
