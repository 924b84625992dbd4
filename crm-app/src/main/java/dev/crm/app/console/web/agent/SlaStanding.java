package dev.crm.app.console.web.agent;

import dev.crm.complaint.api.ComplaintDesk.Deadline;
import java.time.Instant;

/**
 * How a complaint stands against its SLA at a moment, for the badges: shown as text, not as colour
 * alone. A breach, once recorded, stays (DOMAIN.md §1.5), so BREACHED wins over the next deadline.
 */
public enum SlaStanding {
    BREACHED("breach"), OVERDUE("breach"), WARNING("warning"), ON_TIME("ok"), NO_DEADLINE("ok");

    private final String badge;

    SlaStanding(String badge) {
        this.badge = badge;
    }

    /** The CSS class of the badge. */
    public String badge() {
        return badge;
    }

    public static SlaStanding of(Deadline next, boolean breached, Instant now) {
        if (breached) {
            return BREACHED;
        }
        if (next == null || next.dueAt() == null) {
            return NO_DEADLINE;
        }
        if (!now.isBefore(next.dueAt())) {
            return OVERDUE;
        }
        if (next.warnAt() != null && !now.isBefore(next.warnAt())) {
            return WARNING;
        }
        return ON_TIME;
    }
}
