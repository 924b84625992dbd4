package dev.crm.complaint.domain.crisis;

/** Whom a crisis communication addresses. */
public enum Audience { CUSTOMERS, PUBLIC, MEDIA, REGULATOR, STAFF, PARTNERS }
