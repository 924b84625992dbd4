package dev.crm.complaint.domain.crisis;

import java.time.Duration;
import java.time.Instant;

/**
 * The 3-minute rule of 004 §6.3: the first communication about a crisis goes out within the target
 * after detection. Exactly at the target is still within it.
 */
public record FirstCommunicationRule(Duration target) {

    public static final Duration DEFAULT_TARGET = Duration.ofMinutes(3);

    public FirstCommunicationRule {
        if (target == null || target.isNegative() || target.isZero()) {
            throw new IllegalArgumentException("the first-communication target must be positive");
        }
    }

    public Instant dueAt(Instant detectedAt) {
        return detectedAt.plus(target);
    }

    /**
     * @return true or false once communicated; before that false when the target has passed, and
     *         null (not yet decided) while it has not
     */
    public Boolean withinTarget(Instant detectedAt, Instant firstCommunicationAt, Instant now) {
        Instant due = dueAt(detectedAt);
        if (firstCommunicationAt != null) {
            return !firstCommunicationAt.isAfter(due);
        }
        return now.isAfter(due) ? Boolean.FALSE : null;
    }

    /** Overdue: the target has passed without a communication. */
    public boolean isOverdue(Instant detectedAt, Instant firstCommunicationAt, Instant now) {
        return firstCommunicationAt == null && now.isAfter(dueAt(detectedAt));
    }
}
