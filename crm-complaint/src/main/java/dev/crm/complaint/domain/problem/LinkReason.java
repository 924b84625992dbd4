package dev.crm.complaint.domain.problem;

/** Why a complaint is linked to a problem record. */
public enum LinkReason { REPEAT, BATCH, MANUAL }
