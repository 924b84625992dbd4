package dev.crm.complaint.domain;

import dev.crm.complaint.api.Milestone;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The SLA clocks of one complaint: a deadline per targeted milestone, warnings, breaches and
 * escalations, and the history of plans. Pure: every method takes the time it acts at.
 */
public record SlaClock(List<MilestoneClock> milestones, List<SlaPlanRecord> history, Instant pausedAt) {

    public static final SlaClock NONE = new SlaClock(List.of(), List.of(), null);

    public SlaClock {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        history = history == null ? List.of() : List.copyOf(history);
    }

    /**
     * (Re)computes deadlines from the targets. What already happened — met, warned, breached,
     * escalated, paused time — is carried over, so a re-grading never erases a breach.
     */
    public SlaClock plan(Map<Milestone, SlaTarget> targets, Instant receivedAt, Instant resolvedAt,
                         double warningShare, Instant now, String reason) {
        List<MilestoneClock> planned = new ArrayList<>();
        for (SlaTarget target : targets.values()) {
            Optional<MilestoneClock> before = clockOf(target.milestone());
            Duration paused = before.map(MilestoneClock::pausedFor).orElse(Duration.ZERO);
            Instant anchor = target.milestone().countsFromResolution() ? resolvedAt : receivedAt;
            Instant dueAt = null;
            Instant warnAt = null;
            if (anchor != null) {
                BusinessCalendar calendar = target.calendar();
                dueAt = calendar.plus(anchor, target.target().plus(paused));
                long warnSeconds = Math.round(target.target().toSeconds() * warningShare);
                warnAt = calendar.plus(anchor, Duration.ofSeconds(warnSeconds).plus(paused));
            }
            planned.add(new MilestoneClock(target.milestone(), target.target().toMinutes(), target.policyId(),
                    target.calendar(), target.pausable(), paused, warnAt, dueAt,
                    before.map(MilestoneClock::metAt).orElse(null),
                    before.map(MilestoneClock::warnedAt).orElse(null),
                    before.map(MilestoneClock::breachedAt).orElse(null),
                    before.map(MilestoneClock::escalationTier).orElse(0),
                    before.map(MilestoneClock::nextEscalationAt).orElse(null)));
        }
        // A milestone no longer targeted keeps its record if it was breached: breaches are never reset.
        for (MilestoneClock old : milestones) {
            if (!targets.containsKey(old.milestone()) && old.isBreached()) {
                planned.add(old);
            }
        }
        planned.sort(Comparator.comparing(MilestoneClock::milestone));
        Map<Milestone, Instant> deadlines = new EnumMap<>(Milestone.class);
        planned.stream().filter(c -> c.dueAt() != null).forEach(c -> deadlines.put(c.milestone(), c.dueAt()));
        List<SlaPlanRecord> newHistory = new ArrayList<>(history);
        newHistory.add(new SlaPlanRecord(now, reason, deadlines));
        return new SlaClock(planned, newHistory, pausedAt);
    }

    /** Marks a milestone met; met late, it is a breach even if no scheduler pass saw it. */
    public Transitioned meet(Milestone milestone, Instant at) {
        List<SlaEvent> events = new ArrayList<>();
        SlaClock next = replace(milestone, clock -> {
            if (clock.isMet()) {
                return clock;
            }
            MilestoneClock updated = clock;
            if (!clock.isBreached() && clock.dueAt() != null && at.isAfter(clock.dueAt())) {
                updated = updated.breached(at, null);
                events.add(new SlaEvent(SlaEvent.Kind.BREACH, milestone, 1, clock.dueAt(), at));
            }
            return updated.met(at);
        });
        return new Transitioned(next, events);
    }

    /**
     * What time has brought: warnings, breaches and escalations due at {@code now}. Calling it
     * again at the same time finds nothing new, which makes the escalation pass idempotent.
     */
    public Transitioned tick(Instant now, Duration escalateAfter) {
        List<SlaEvent> events = new ArrayList<>();
        List<MilestoneClock> updated = new ArrayList<>();
        for (MilestoneClock clock : milestones) {
            MilestoneClock current = clock;
            if (!current.isMet() && current.dueAt() != null && !isPausedFor(current)) {
                if (!current.isBreached() && !now.isBefore(current.dueAt())) {
                    current = current.breached(now, now.plus(escalateAfter));
                    events.add(new SlaEvent(SlaEvent.Kind.BREACH, current.milestone(), 1, current.dueAt(), now));
                } else if (!current.isBreached() && current.warnedAt() == null && !now.isBefore(current.warnAt())) {
                    current = current.warned(now);
                    events.add(new SlaEvent(SlaEvent.Kind.WARNING, current.milestone(), 0, current.dueAt(), now));
                } else if (current.isBreached() && current.escalationTier() < SlaEvent.MAX_TIER
                        && current.nextEscalationAt() != null && !now.isBefore(current.nextEscalationAt())) {
                    int tier = current.escalationTier() + 1;
                    current = current.escalated(tier, tier < SlaEvent.MAX_TIER ? now.plus(escalateAfter) : null);
                    events.add(new SlaEvent(SlaEvent.Kind.ESCALATION, current.milestone(), tier, current.dueAt(), now));
                }
            }
            updated.add(current);
        }
        return new Transitioned(new SlaClock(updated, history, pausedAt), events);
    }

    /** When the escalation pass must next look at this complaint; empty when nothing is pending. */
    public Optional<Instant> nextDueAt() {
        return milestones.stream()
                .filter(clock -> !clock.isMet() && clock.dueAt() != null && !isPausedFor(clock))
                .map(clock -> {
                    if (!clock.isBreached()) {
                        return clock.warnedAt() == null && clock.warnAt().isBefore(clock.dueAt())
                                ? clock.warnAt() : clock.dueAt();
                    }
                    return clock.escalationTier() < SlaEvent.MAX_TIER ? clock.nextEscalationAt() : null;
                })
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder());
    }

    public SlaClock pause(Instant at) {
        return pausedAt != null ? this : new SlaClock(milestones, history, at);
    }

    /** Resuming moves the deadlines of pausable milestones by the clock time spent on hold. */
    public SlaClock resume(Instant at) {
        if (pausedAt == null) {
            return this;
        }
        List<MilestoneClock> shifted = milestones.stream()
                .map(clock -> clock.pausable() && !clock.isMet()
                        ? clock.shiftedBy(clock.calendar().between(pausedAt, at)) : clock)
                .toList();
        return new SlaClock(shifted, history, null);
    }

    public boolean allowsPause() {
        return milestones.stream().anyMatch(MilestoneClock::pausable);
    }

    public Optional<MilestoneClock> clockOf(Milestone milestone) {
        return milestones.stream().filter(clock -> clock.milestone() == milestone).findFirst();
    }

    public boolean isBreached() {
        return milestones.stream().anyMatch(MilestoneClock::isBreached);
    }

    private boolean isPausedFor(MilestoneClock clock) {
        return pausedAt != null && clock.pausable();
    }

    private SlaClock replace(Milestone milestone, java.util.function.UnaryOperator<MilestoneClock> change) {
        return new SlaClock(milestones.stream()
                .map(clock -> clock.milestone() == milestone ? change.apply(clock) : clock)
                .toList(), history, pausedAt);
    }

    /** A new clock and what happened on the way. */
    public record Transitioned(SlaClock clock, List<SlaEvent> events) {
    }
}
