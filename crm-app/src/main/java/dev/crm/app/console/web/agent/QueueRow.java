package dev.crm.app.console.web.agent;

import dev.crm.complaint.api.ComplaintDesk.QueueItem;
import java.time.Duration;
import java.time.Instant;

/** One line of the agent's queue as shown at {@code now}: the item and what is left of its next deadline. */
record QueueRow(QueueItem item, SlaStanding standing, Duration remaining) {

    static QueueRow of(QueueItem item, Instant now) {
        Duration remaining = item.next() == null || item.next().dueAt() == null ? null
                : Duration.between(now, item.next().dueAt());
        return new QueueRow(item, SlaStanding.of(item.next(), item.breached(), now), remaining);
    }
}
