package dev.crm.customer.api;

/** Risks staff must see before granting goodwill or credit. */
public enum RiskFlag {
    FRAUD, DEFAULT
}
