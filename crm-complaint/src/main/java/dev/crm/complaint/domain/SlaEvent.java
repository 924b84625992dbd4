package dev.crm.complaint.domain;

import dev.crm.complaint.api.Milestone;
import java.time.Instant;

/**
 * Something the SLA clock noticed: a warning at the configured share of a target, a breach (a
 * service failure, 003), or an escalation to the next organisation tier (000 §8.1).
 */
public record SlaEvent(Kind kind, Milestone milestone, int tier, Instant dueAt, Instant at) {

    public enum Kind { WARNING, BREACH, ESCALATION }

    /** Escalation tiers: 1 = supervisor of the handling department, 2 = business-unit quality group, 3 = HQ committee. */
    public static final int MAX_TIER = 3;
}
