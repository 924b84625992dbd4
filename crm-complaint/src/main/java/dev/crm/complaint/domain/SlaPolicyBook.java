package dev.crm.complaint.domain;

import dev.crm.complaint.api.ComplaintState;
import dev.crm.complaint.api.Milestone;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves the targets for a complaint from the ordered policies. Per milestone, the first active
 * policy whose conditions match and which sets that milestone decides. So a narrow override
 * ("phone: first response within 15 min") placed before the grade policies changes only the
 * milestone it names, and the grade's other targets still apply (DOMAIN.md §1.5).
 */
public final class SlaPolicyBook {

    private final List<SlaPolicy> policies;

    public SlaPolicyBook(List<SlaPolicy> policies) {
        this.policies = policies.stream()
                .filter(SlaPolicy::active)
                .sorted(Comparator.comparingInt(SlaPolicy::position).thenComparing(SlaPolicy::id,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    public Map<Milestone, SlaTarget> targetsFor(SlaSubject subject) {
        Map<Milestone, SlaTarget> targets = new EnumMap<>(Milestone.class);
        for (SlaPolicy policy : policies) {
            if (!policy.conditions().matches(subject)) {
                continue;
            }
            policy.targetMinutes().forEach((milestone, minutes) -> targets.putIfAbsent(milestone,
                    new SlaTarget(milestone, Duration.ofMinutes(minutes), policy.id(),
                            policy.calendarOrRoundTheClock(), policy.pauseStates().contains(ComplaintState.ON_HOLD))));
        }
        return targets;
    }
}
