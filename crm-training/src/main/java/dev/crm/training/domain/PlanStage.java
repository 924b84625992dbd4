package dev.crm.training.domain;

/** The training cycle of 000 §7.2: needs analysis, course design, delivery, evaluation. */
public enum PlanStage { NEEDS_ANALYSIS, COURSE_DESIGN, DELIVERY, EVALUATION, CLOSED }
