package dev.crm.app.console.web.agent;

import dev.crm.complaint.api.ComplaintDesk.Deadline;
import java.time.Duration;
import java.time.Instant;

/** One SLA target of a complaint as shown at {@code now}; {@code remaining} only while it is open. */
record DeadlineRow(Deadline deadline, SlaStanding standing, Duration remaining) {

    static DeadlineRow of(Deadline deadline, Instant now) {
        if (deadline.metAt() != null) {
            return new DeadlineRow(deadline, deadline.breachedAt() != null || deadline.dueAt() != null
                    && deadline.metAt().isAfter(deadline.dueAt()) ? SlaStanding.BREACHED : SlaStanding.ON_TIME, null);
        }
        SlaStanding standing = SlaStanding.of(deadline, deadline.breachedAt() != null, now);
        Duration remaining = deadline.dueAt() == null ? null : Duration.between(now, deadline.dueAt());
        return new DeadlineRow(deadline, standing, remaining);
    }
}
