package dev.crm.app.channels;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * When to try a failed delivery again: exponential backoff (initial × 2^(attempt−1), capped),
 * with "equal jitter" — half the delay fixed, half random — so that a provider outage does not
 * bring every waiting message back at the same instant. A provider's own Retry-After is a floor.
 */
record RetrySchedule(Duration initial, Duration max, DoubleSupplier random) {

    /** The wait after failed attempt number {@code attempt} (1 for the first). */
    Duration delayAfter(int attempt, Duration providerHint) {
        long capped = max.toMillis();
        long exponential = initial.toMillis();
        for (int i = 1; i < attempt && exponential < capped; i++) {
            exponential *= 2;
        }
        exponential = Math.min(exponential, capped);
        long jittered = exponential / 2 + (long) (random.getAsDouble() * (exponential - exponential / 2));
        long floor = providerHint == null ? 0 : providerHint.toMillis();
        return Duration.ofMillis(Math.max(jittered, floor));
    }
}
