package dev.crm.training.domain;

/** How an attempt stopped taking answers. */
public enum AttemptClosure {
    /** The candidate submitted. */
    SUBMITTED,
    /** The time limit passed without a submit; what was answered in time counts. */
    TIME_LIMIT
}
