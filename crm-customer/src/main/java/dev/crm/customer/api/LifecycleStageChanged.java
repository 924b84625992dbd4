package dev.crm.customer.api;

import java.time.Instant;

/** Published when a scoring run moves a customer to another lifecycle stage. */
public record LifecycleStageChanged(CustomerId customer, LifecycleStage from, LifecycleStage to, String reason,
                                    Instant at) {
}
