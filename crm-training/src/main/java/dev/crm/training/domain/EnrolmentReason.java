package dev.crm.training.domain;

/**
 * Why someone is on a course: HR assigned it, a training plan scheduled it, a substantiated
 * complaint triggered it (000 §5.3), or a certificate is about to expire.
 */
public enum EnrolmentReason { ASSIGNED, PLANNED, REMEDIAL, RECERTIFICATION }
