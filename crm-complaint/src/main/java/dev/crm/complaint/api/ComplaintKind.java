package dev.crm.complaint.api;

/** Same lifecycle, different nature (DOMAIN.md §1.1). */
public enum ComplaintKind { COMPLAINT, SERVICE_REQUEST, FEEDBACK }
