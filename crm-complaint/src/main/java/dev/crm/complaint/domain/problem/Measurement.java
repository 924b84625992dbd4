package dev.crm.complaint.domain.problem;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/** The complaints counted in one window, and the count as a rate per 30 days. */
public record Measurement(Instant from, Instant to, long complaints, BigDecimal per30Days) {

    private static final long THIRTY_DAYS = Duration.ofDays(30).toSeconds();

    public static Measurement of(MeasurementWindow window, long complaints) {
        BigDecimal rate = BigDecimal.valueOf(complaints).multiply(BigDecimal.valueOf(THIRTY_DAYS))
                .divide(BigDecimal.valueOf(window.length().toSeconds()), 2, RoundingMode.HALF_UP);
        return new Measurement(window.from(), window.to(), complaints, rate);
    }
}
