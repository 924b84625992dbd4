package dev.crm.complaint.api;

/** External parties handling may be handed to while the owner stays accountable (001 §2.4). */
public enum ThirdPartyKind { SUPPLIER, QUALITY_INSPECTION_BODY, INDUSTRY_ASSOCIATION, LEGAL_COUNSEL }
