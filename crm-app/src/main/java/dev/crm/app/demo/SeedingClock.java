package dev.crm.app.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The application's clock while demo data is on: the system clock, except during seeding, when the
 * seeder sets it to the moment a step of the story happened (a complaint resolved in March is
 * resolved "in March", so SLA clocks, breaches, KPI facts and the audit say March). The use cases
 * take their time from the injected clock only, so moving it is the one way to write history
 * through them without back-door setters. It moves forward only; {@link #backToNow()} ends the trip.
 */
public final class SeedingClock extends Clock {

    private final Clock base;
    private volatile Duration offset = Duration.ZERO;

    SeedingClock(Clock base) {
        this.base = base;
    }

    /** From now on the clock reads {@code at} plus the time passed since this call. */
    void travelTo(Instant at) {
        offset = Duration.between(base.instant(), at);
    }

    void backToNow() {
        offset = Duration.ZERO;
    }

    /** The real time, whatever the clock reads. */
    Instant realNow() {
        return base.instant();
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(base.withZone(zone), offset);
    }
}
