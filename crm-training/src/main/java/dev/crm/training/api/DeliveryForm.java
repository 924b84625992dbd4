package dev.crm.training.api;

/** How a course is delivered (000 §7.2). */
public enum DeliveryForm { LECTURE, CASE_ANALYSIS, SIMULATION_DRILL, ONLINE }
