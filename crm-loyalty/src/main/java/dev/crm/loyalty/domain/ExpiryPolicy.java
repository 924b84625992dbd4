package dev.crm.loyalty.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When earned points expire (DOMAIN.md §3: by default at the end of the 24th month after earning).
 * With {@code endOfMonth} the points live through the last day of the month {@code months} after the
 * month of earning, in the business zone, and expire at the first instant of the month after it;
 * without it, {@code months} after the instant of earning to the day. Computed on local dates and
 * then placed in the zone, so a DST change never shifts it by an hour into the wrong day.
 */
public record ExpiryPolicy(int months, boolean endOfMonth, ZoneId zone) {

    public ExpiryPolicy {
        if (months < 1) {
            throw new IllegalArgumentException("points must live at least one month");
        }
    }

    public Instant expiryOf(Instant earnedAt) {
        ZonedDateTime earned = earnedAt.atZone(zone);
        if (!endOfMonth) {
            return earned.plusMonths(months).toInstant();
        }
        return YearMonth.from(earned).plusMonths(months + 1L).atDay(1).atStartOfDay(zone).toInstant();
    }

    /** The month (in the zone) whose last instant a point expiring at {@code expiresAt} lives through. */
    public YearMonth monthOfExpiry(Instant expiresAt) {
        return YearMonth.from(expiresAt.minusNanos(1).atZone(zone));
    }
}
