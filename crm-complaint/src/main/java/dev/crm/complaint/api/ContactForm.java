package dev.crm.complaint.api;

/** The form of the customer's contact (001 §3.1). */
public enum ContactForm { ORAL, WRITTEN, ELECTRONIC }
