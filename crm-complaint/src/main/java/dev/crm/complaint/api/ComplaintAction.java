package dev.crm.complaint.api;

/**
 * The lifecycle commands of DOMAIN.md §1.4 that a staff member takes on a complaint. Which of them
 * the current state allows is the aggregate's rule; {@link ComplaintDesk#open} reports it.
 */
public enum ComplaintAction {
    ACCEPT, ASSESS, ASSIGN, START, HOLD, RESUME, RESOLVE, FOLLOW_UP, CLOSE, REOPEN, ARCHIVE
}
