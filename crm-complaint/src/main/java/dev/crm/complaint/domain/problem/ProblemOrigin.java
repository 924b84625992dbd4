package dev.crm.complaint.domain.problem;

/** How a problem record came to be (DOMAIN.md §1.8, §1.9). */
public enum ProblemOrigin {
    /** Detection: the same customer complained of the same type again within the repeat window. */
    REPEAT,
    /** Detection: many customers complained of the same type about the same product within the batch window. */
    BATCH,
    /** Opened by a supervisor. */
    MANUAL,
    /** Opened when a crisis was declared without an existing problem record. */
    CRISIS
}
