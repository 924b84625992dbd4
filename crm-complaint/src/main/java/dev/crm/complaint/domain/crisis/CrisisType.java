package dev.crm.complaint.domain.crisis;

/** What kind of crisis (004 §6.3): a product fault, a service failure, or damage to the brand. */
public enum CrisisType { PRODUCT, SERVICE, BRAND }
