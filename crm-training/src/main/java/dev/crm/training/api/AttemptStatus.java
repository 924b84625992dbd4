package dev.crm.training.api;

/** Where an assessment attempt stands. */
public enum AttemptStatus {
    /** Started, the clock is running, answers are taken. */
    IN_PROGRESS,
    /** Closed (by the candidate or the time limit); open answers wait for a reviewer. */
    AWAITING_GRADING,
    /** Every answer has its points: the score and pass/fail are final. */
    GRADED
}
