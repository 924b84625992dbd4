package dev.crm.complaint.domain.problem;

/** Where the corrective action plan stands in its Plan-Do-Check-Act cycle (000 §6.2). */
public enum PdcaStage { PLAN, DO, CHECK, ACT, CLOSED }
