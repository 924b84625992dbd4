package dev.crm.customer.domain;

import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import dev.crm.customer.api.LifecycleStage;
import dev.crm.customer.api.ValueTier;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The administrator's rules for tiers, stages and what a stage change sets off: data, not code
 * (DOMAIN: every number is a default an administrator can change without a redeploy). Tier
 * rules are tried in order; the first that holds wins, and a customer no rule admits is D.
 */
@Document("value_rules")
public record ValueRules(@Id String id, List<TierRule> tierRules, StageRules stageRules,
                         Map<LifecycleStage, Set<CustomerTaskKind>> stageActions, Instant updatedAt,
                         String updatedBy) {

    public static final String CURRENT = "current";

    /** Shipped defaults (000 §4.2 differentiated service; 004 §2.3 churn → recall). */
    public static ValueRules defaults() {
        return new ValueRules(CURRENT, List.of(
                new TierRule(ValueTier.A, new BigDecimal("5000"), 12, 0.5),
                new TierRule(ValueTier.B, new BigDecimal("1000"), 9, null),
                new TierRule(ValueTier.C, null, 6, null)), StageRules.DEFAULTS,
                Map.of(LifecycleStage.CHURN, Set.of(CustomerTaskKind.RETENTION_CALL),
                        LifecycleStage.ACQUISITION, Set.of()), null, "system");
    }

    public ValueRules checked() {
        List<FieldViolation> faults = new ArrayList<>();
        if (tierRules == null) {
            faults.add(new FieldViolation("tierRules", "must be given (may be empty: everyone is D)"));
        } else {
            for (int i = 0; i < tierRules.size(); i++) {
                TierRule rule = tierRules.get(i);
                if (rule == null || rule.tier() == null) {
                    faults.add(new FieldViolation("tierRules[" + i + "].tier", "must be A, B, C or D"));
                } else if (rule.minClv() != null && rule.minClv().signum() < 0) {
                    faults.add(new FieldViolation("tierRules[" + i + "].minClv", "must not be negative"));
                } else if (rule.minRfmScore() != null && (rule.minRfmScore() < 3 || rule.minRfmScore() > 15)) {
                    faults.add(new FieldViolation("tierRules[" + i + "].minRfmScore", "must be between 3 and 15"));
                } else if (rule.maxChurnRisk() != null && !(rule.maxChurnRisk() >= 0 && rule.maxChurnRisk() <= 1)) {
                    faults.add(new FieldViolation("tierRules[" + i + "].maxChurnRisk", "must be between 0 and 1"));
                }
            }
        }
        if (stageRules == null) {
            faults.add(new FieldViolation("stageRules", "must be given"));
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        stageRules.checked();
        return this;
    }

    public ValueRules revised(String by, Instant at) {
        Map<LifecycleStage, Set<CustomerTaskKind>> actions = new EnumMap<>(LifecycleStage.class);
        if (stageActions != null) {
            stageActions.forEach((stage, kinds) -> actions.put(stage, kinds == null ? Set.of() : Set.copyOf(kinds)));
        }
        return new ValueRules(CURRENT, List.copyOf(tierRules), stageRules, actions, at, by).checked();
    }

    /** The tier and why; D with "no tier rule holds" when none does. */
    public TierDecision tierFor(BigDecimal clv, Rfm rfm, Double churnRisk) {
        for (TierRule rule : tierRules) {
            String reason = rule.reasonIfMet(clv, rfm, churnRisk);
            if (reason != null) {
                return new TierDecision(rule.tier(), reason);
            }
        }
        return new TierDecision(ValueTier.D, "no tier rule holds");
    }

    public Set<CustomerTaskKind> actionsOnEntering(LifecycleStage stage) {
        return stageActions == null ? Set.of() : stageActions.getOrDefault(stage, Set.of());
    }

    public record TierDecision(ValueTier tier, String reason) {
    }
}
