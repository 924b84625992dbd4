package dev.crm.complaint.domain;

/**
 * The result of the return visit or satisfaction survey that closing needs (DOMAIN.md §1.4): an
 * answer, or "no answer" after the configured number of attempts. DISSATISFIED closes only where
 * policy does not reopen unsatisfied complaints.
 */
public record FollowUpOutcome(Result result, int attempts, String note) {

    public enum Result { SATISFIED, PARTIALLY_SATISFIED, NO_ANSWER, DISSATISFIED }
}
