package dev.crm.complaint.domain.crisis;

import java.time.Instant;

/**
 * A playbook step as a crisis works it: due {@code targetMinutes} after detection, then done or
 * skipped (with the reason in {@code note}) by someone at some time.
 */
public record ChecklistStep(int no, String title, String responsibleRole, int targetMinutes, Instant dueAt,
                            Instant doneAt, String doneBy, Instant skippedAt, String skippedBy, String note) {

    public boolean isSettled() {
        return doneAt != null || skippedAt != null;
    }

    ChecklistStep done(String by, Instant at, String note) {
        return new ChecklistStep(no, title, responsibleRole, targetMinutes, dueAt, at, by, null, null, note);
    }

    ChecklistStep skipped(String by, Instant at, String reason) {
        return new ChecklistStep(no, title, responsibleRole, targetMinutes, dueAt, null, null, at, by, reason);
    }
}
