package dev.crm.complaint.domain;

import dev.crm.complaint.api.Milestone;
import java.time.Duration;

/** The target one milestone has, and the policy that set it. */
public record SlaTarget(Milestone milestone, Duration target, String policyId, BusinessCalendar calendar,
                        boolean pausable) {
}
