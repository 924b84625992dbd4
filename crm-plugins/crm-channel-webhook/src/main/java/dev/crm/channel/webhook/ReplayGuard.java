package dev.crm.channel.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The webhook ids one channel instance accepted within the time window, so a captured request
 * sent again inside the window is refused. Memory only and per node: across nodes (or after a
 * restart) the host's dedupe on the message id is the second line.
 *
 * <p>Only verified requests are remembered, so a forger cannot fill it or block a genuine id.
 * Bounded: beyond {@code capacity} the oldest id is forgotten early.
 */
final class ReplayGuard {

    static final int DEFAULT_CAPACITY = 100_000;

    private final int capacity;
    /** Webhook id to its signed timestamp, oldest first. */
    private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

    ReplayGuard(int capacity) {
        this.capacity = capacity;
    }

    /**
     * Remembers {@code webhookId} and says whether it is new: {@code false} when the same id was
     * accepted before and its window ({@code signedAt ± tolerance}) has not closed yet.
     */
    synchronized boolean firstSighting(String webhookId, Instant signedAt, Duration tolerance, Instant now) {
        forgetClosed(tolerance, now);
        Instant earlier = seen.get(webhookId);
        if (earlier != null && !now.isAfter(earlier.plus(tolerance))) {
            return false;
        }
        seen.remove(webhookId);
        seen.put(webhookId, signedAt);
        if (seen.size() > capacity) {
            Iterator<String> oldest = seen.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        return true;
    }

    synchronized int size() {
        return seen.size();
    }

    /** Drops ids from the oldest on while their window has closed; a request with them would be stale anyway. */
    private void forgetClosed(Duration tolerance, Instant now) {
        Iterator<Map.Entry<String, Instant>> entries = seen.entrySet().iterator();
        while (entries.hasNext()) {
            if (!now.isAfter(entries.next().getValue().plus(tolerance))) {
                // Arrival order is nearly timestamp order; a later closed entry goes on a later call.
                return;
            }
            entries.remove();
        }
    }
}
