package dev.crm.complaint.domain;

import dev.crm.complaint.api.Milestone;
import java.time.Duration;
import java.time.Instant;

/**
 * The clock of one milestone. {@code dueAt} is null while the milestone's anchor is unknown
 * (the survey counts from resolution). A breach, once recorded, stays (DOMAIN.md §1.5).
 *
 * @param pausedFor clock time spent on hold, added to the target
 */
public record MilestoneClock(Milestone milestone, long targetMinutes, String policyId, BusinessCalendar calendar,
                             boolean pausable, Duration pausedFor, Instant warnAt, Instant dueAt, Instant metAt,
                             Instant warnedAt, Instant breachedAt, int escalationTier, Instant nextEscalationAt) {

    public boolean isMet() {
        return metAt != null;
    }

    public boolean isBreached() {
        return breachedAt != null;
    }

    MilestoneClock met(Instant at) {
        return new MilestoneClock(milestone, targetMinutes, policyId, calendar, pausable, pausedFor, warnAt, dueAt,
                at, warnedAt, breachedAt, escalationTier, nextEscalationAt);
    }

    MilestoneClock warned(Instant at) {
        return new MilestoneClock(milestone, targetMinutes, policyId, calendar, pausable, pausedFor, warnAt, dueAt,
                metAt, at, breachedAt, escalationTier, nextEscalationAt);
    }

    MilestoneClock breached(Instant at, Instant nextEscalation) {
        return new MilestoneClock(milestone, targetMinutes, policyId, calendar, pausable, pausedFor, warnAt, dueAt,
                metAt, warnedAt, at, 1, nextEscalation);
    }

    MilestoneClock escalated(int tier, Instant nextEscalation) {
        return new MilestoneClock(milestone, targetMinutes, policyId, calendar, pausable, pausedFor, warnAt, dueAt,
                metAt, warnedAt, breachedAt, tier, nextEscalation);
    }

    MilestoneClock shiftedBy(Duration paused) {
        return new MilestoneClock(milestone, targetMinutes, policyId, calendar, pausable, pausedFor.plus(paused),
                warnAt == null ? null : calendar.plus(warnAt, paused),
                dueAt == null ? null : calendar.plus(dueAt, paused),
                metAt, warnedAt, breachedAt, escalationTier, nextEscalationAt);
    }
}
