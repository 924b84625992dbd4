package dev.crm.customer.api;

/** Customer lifecycle (004 §2.3). */
public enum LifecycleStage {
    ACQUISITION, DEVELOPMENT, GROWTH, MATURITY, CHURN
}
