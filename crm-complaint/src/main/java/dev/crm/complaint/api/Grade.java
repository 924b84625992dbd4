package dev.crm.complaint.api;

/** Severity; Level 1 is the most severe (DOMAIN.md §1.3 decision: the three levels of 000 §5.2). */
public enum Grade { LEVEL_1, LEVEL_2, LEVEL_3 }
