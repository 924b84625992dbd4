package dev.crm.loyalty.domain;

/** How customers join a program: by an explicit enrolment, or automatically with their first order. */
public enum EnrolmentMode { EXPLICIT, AUTOMATIC }
