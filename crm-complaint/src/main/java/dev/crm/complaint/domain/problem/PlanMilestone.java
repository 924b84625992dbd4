package dev.crm.complaint.domain.problem;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A milestone of the corrective action plan, numbered from 1 in plan order. It is settled when
 * done or explicitly skipped (with the reason in {@code note}).
 */
public record PlanMilestone(int no, String title, LocalDate dueOn, Instant doneAt, String doneBy, Instant skippedAt,
                            String skippedBy, String note) {

    public boolean isDone() {
        return doneAt != null;
    }

    public boolean isSkipped() {
        return skippedAt != null;
    }

    public boolean isSettled() {
        return isDone() || isSkipped();
    }

    PlanMilestone done(String by, Instant at, String note) {
        return new PlanMilestone(no, title, dueOn, at, by, null, null, note);
    }

    PlanMilestone skipped(String by, Instant at, String reason) {
        return new PlanMilestone(no, title, dueOn, null, null, at, by, reason);
    }

    PlanMilestone renumbered(int newNo) {
        return new PlanMilestone(newNo, title, dueOn, doneAt, doneBy, skippedAt, skippedBy, note);
    }

    boolean sameAs(PlanMilestone other) {
        return title.equalsIgnoreCase(other.title) && dueOn.equals(other.dueOn);
    }
}
