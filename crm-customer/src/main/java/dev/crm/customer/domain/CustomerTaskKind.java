package dev.crm.customer.domain;

/** Follow-up work a lifecycle stage change sets off for staff (004 §2.3, 000 §4.2). */
public enum CustomerTaskKind {
    /** Win back a customer predicted to be leaving. */
    RETENTION_CALL,
    /** Periodic return visit to a valued customer. */
    RETURN_VISIT,
    /** Welcome a newly acquired customer. */
    WELCOME
}
