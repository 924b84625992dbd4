package dev.crm.training.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * How long before a certificate expires its holder is reminded, e.g. 30 and 7 days. A window is due
 * once its start ({@code validUntil - window}) has come and the certificate is still valid; each
 * window reminds once. When a pass finds several windows due at once (it did not run for a while),
 * one reminder goes out — for the narrowest, the most urgent — and the wider ones count as sent, so
 * nobody gets a burst of stale reminders.
 */
public record ReminderWindows(List<Duration> windows) {

    public ReminderWindows {
        if (windows == null || windows.isEmpty()) {
            throw new IllegalArgumentException("at least one reminder window");
        }
        if (windows.stream().anyMatch(w -> w.isNegative() || w.isZero())) {
            throw new IllegalArgumentException("reminder windows must be positive");
        }
        windows = windows.stream().distinct().sorted(Comparator.reverseOrder()).toList();
    }

    /** The windows due at {@code now} not yet sent, widest first. */
    public List<Duration> dueAt(Instant now, Instant validUntil, Set<Duration> sent) {
        if (!now.isBefore(validUntil)) {
            return List.of();
        }
        return windows.stream().filter(w -> !sent.contains(w) && !validUntil.minus(w).isAfter(now)).toList();
    }

    /** When the next unsent window opens; null when none is left before expiry. */
    public Instant nextAt(Instant validUntil, Set<Duration> sent) {
        return windows.stream().filter(w -> !sent.contains(w)).map(validUntil::minus)
                .filter(start -> start.isBefore(validUntil)).min(Comparator.naturalOrder()).orElse(null);
    }

    public Duration widest() {
        return windows.get(0);
    }
}
