package dev.crm.complaint.api;

/**
 * Where a survey stands. PENDING: created, not yet in front of the customer (a return visit not yet
 * made); SENT: the link is on its way, or a call was attempted; ANSWERED: once, for good; EXPIRED:
 * not answered within its validity (or withdrawn); NO_ANSWER: the return visit reached no one after
 * the configured attempts.
 */
public enum SurveyStatus {
    PENDING, SENT, ANSWERED, EXPIRED, NO_ANSWER;

    /** Still waiting for the customer. */
    public boolean isOpen() {
        return this == PENDING || this == SENT;
    }
}
