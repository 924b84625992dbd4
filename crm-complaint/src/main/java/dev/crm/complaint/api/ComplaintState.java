package dev.crm.complaint.api;

/** The lifecycle of DOMAIN.md §1.4; ON_HOLD is the pause a policy may allow (waiting for the customer). */
public enum ComplaintState {
    REGISTERED, ACCEPTED, ASSESSED, IN_PROGRESS, ON_HOLD, RESOLVED, FOLLOW_UP, CLOSED, ARCHIVED, REOPENED;

    /** Still being worked on: the SLA clock and the agent queues care about these. */
    public boolean isOpen() {
        return this != CLOSED && this != ARCHIVED;
    }
}
