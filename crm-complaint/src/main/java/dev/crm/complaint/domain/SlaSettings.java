package dev.crm.complaint.domain;

import java.time.Duration;

/**
 * What the aggregate needs to (re)plan its SLA clocks.
 *
 * @param warningShare  share of a target at which owner and handler are warned (DOMAIN.md §1.6: 80 %)
 * @param escalateAfter how long a breach stays at one tier before it goes to the next
 * @param customerTier  the customer's value tier, for policies that match on it (null when unknown)
 * @param priorityService whether the customer's loyalty level has priority service (false when no member)
 */
public record SlaSettings(SlaPolicyBook policies, double warningShare, Duration escalateAfter, String customerTier,
                          boolean priorityService) {

    public SlaSettings(SlaPolicyBook policies, double warningShare, Duration escalateAfter, String customerTier) {
        this(policies, warningShare, escalateAfter, customerTier, false);
    }

    public SlaSettings {
        if (warningShare <= 0 || warningShare >= 1) {
            throw new IllegalArgumentException("warningShare must be between 0 and 1");
        }
    }
}
