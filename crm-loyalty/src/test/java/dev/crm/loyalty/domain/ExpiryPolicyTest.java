package dev.crm.loyalty.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ExpiryPolicyTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void pointsLiveToTheEndOfThe24thMonthAfterTheMonthOfEarning() {
        ExpiryPolicy policy = new ExpiryPolicy(24, true, SHANGHAI);
        // 15 March 2026 in Shanghai: valid through 31 March 2028, gone at midnight on 1 April 2028 there.
        Instant expiry = policy.expiryOf(Instant.parse("2026-03-15T02:00:00Z"));
        assertThat(expiry).isEqualTo(Instant.parse("2028-03-31T16:00:00Z"));
        assertThat(policy.monthOfExpiry(expiry)).isEqualTo(YearMonth.of(2028, 3));
    }

    @Test
    void theMonthOfEarningIsTheBusinessZonesMonth() {
        ExpiryPolicy policy = new ExpiryPolicy(24, true, SHANGHAI);
        // 31 January 20:00 UTC is already 1 February in Shanghai.
        assertThat(policy.expiryOf(Instant.parse("2026-01-31T20:00:00Z")))
                .isEqualTo(Instant.parse("2028-02-29T16:00:00Z"));
        assertThat(policy.expiryOf(Instant.parse("2026-01-31T15:59:59Z")))
                .isEqualTo(Instant.parse("2028-01-31T16:00:00Z"));
    }

    @Test
    void theEndOfMonthIsMidnightInTheZoneOnBothSidesOfADstChange() {
        ExpiryPolicy policy = new ExpiryPolicy(1, true, BERLIN);
        // Earned in February (CET): expires at the start of April, which is CEST (UTC+2).
        assertThat(policy.expiryOf(Instant.parse("2026-02-10T12:00:00Z")))
                .isEqualTo(Instant.parse("2026-03-31T22:00:00Z"));
        // Earned in September (CEST): expires at the start of November, which is CET (UTC+1).
        assertThat(policy.expiryOf(Instant.parse("2026-09-10T12:00:00Z")))
                .isEqualTo(Instant.parse("2026-10-31T23:00:00Z"));
    }

    @Test
    void withoutMonthEndRoundingPointsLiveToTheDay() {
        ExpiryPolicy policy = new ExpiryPolicy(24, false, ZoneOffset.UTC);
        assertThat(policy.expiryOf(Instant.parse("2026-02-28T10:00:00Z")))
                .isEqualTo(Instant.parse("2028-02-28T10:00:00Z"));
    }
}
