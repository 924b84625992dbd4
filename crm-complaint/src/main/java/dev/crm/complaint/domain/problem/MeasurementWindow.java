package dev.crm.complaint.domain.problem;

import java.time.Duration;
import java.time.Instant;

/** A half-open period {@code [from, to)} over which complaints are counted. */
public record MeasurementWindow(Instant from, Instant to) {

    public Duration length() {
        return Duration.between(from, to);
    }
}
