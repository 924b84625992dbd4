package dev.crm.complaint.domain.problem;

/** The verdict of an effectiveness check: effective moves the plan to ACT, not effective back to PLAN. */
public enum Verdict { EFFECTIVE, NOT_EFFECTIVE }
