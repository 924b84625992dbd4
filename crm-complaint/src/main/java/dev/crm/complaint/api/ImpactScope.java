package dev.crm.complaint.api;

/** Whether one customer or many are affected (001 §2.3). */
public enum ImpactScope { SINGLE_CUSTOMER, BATCH }
