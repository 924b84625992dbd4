package dev.crm.complaint.api;

/** The lifecycle of DOMAIN.md §1.4. */
public enum ComplaintState {
    REGISTERED, ACCEPTED, ASSESSED, IN_PROGRESS, RESOLVED, FOLLOW_UP, CLOSED, ARCHIVED, REOPENED
}
