package dev.crm.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import dev.crm.customer.api.LifecycleStage;
import dev.crm.customer.api.ValueTier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValueRulesTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private final ValueRules defaults = ValueRules.defaults();

    private static Rfm rfm(int r, int f, int m) {
        return new Rfm(3, 5, new BigDecimal("900"), r, f, m);
    }

    @Test
    void theFirstTierRuleThatHoldsWinsAndSaysWhy() {
        var core = defaults.tierFor(new BigDecimal("6000"), rfm(5, 4, 4), 0.2);
        assertThat(core.tier()).isEqualTo(ValueTier.A);
        assertThat(core.reason()).contains("CLV 6000 ≥ 5000", "RFM 13 ≥ 12", "churn risk 0.20 ≤ 0.50");

        assertThat(defaults.tierFor(new BigDecimal("6000"), rfm(5, 4, 4), 0.9).tier())
                .as("a valuable customer about to leave is not core").isEqualTo(ValueTier.B);
        assertThat(defaults.tierFor(new BigDecimal("10"), rfm(2, 2, 2), null).tier()).isEqualTo(ValueTier.C);
        var none = defaults.tierFor(BigDecimal.ZERO, null, null);
        assertThat(none.tier()).isEqualTo(ValueTier.D);
        assertThat(none.reason()).isEqualTo("no tier rule holds");
    }

    @Test
    void stagesFollowTheLifecycleBackwardsFromChurn() {
        StageRules stages = StageRules.DEFAULTS;
        assertThat(stages.stageFor(0, null, null, null, AS_OF).stage()).isEqualTo(LifecycleStage.ACQUISITION);
        assertThat(stages.stageFor(1, AS_OF.minusDays(3), AS_OF.minusDays(3), 1.0, AS_OF).stage())
                .isEqualTo(LifecycleStage.ACQUISITION);
        assertThat(stages.stageFor(2, AS_OF.minusDays(30), AS_OF.minusDays(3), 0.9, AS_OF).stage())
                .isEqualTo(LifecycleStage.DEVELOPMENT);
        assertThat(stages.stageFor(4, AS_OF.minusDays(100), AS_OF.minusDays(3), 0.9, AS_OF).stage())
                .isEqualTo(LifecycleStage.GROWTH);
        assertThat(stages.stageFor(8, AS_OF.minusDays(100), AS_OF.minusDays(3), 0.9, AS_OF).stage())
                .as("frequent but young is still growing").isEqualTo(LifecycleStage.GROWTH);
        assertThat(stages.stageFor(8, AS_OF.minusDays(400), AS_OF.minusDays(3), 0.9, AS_OF).stage())
                .isEqualTo(LifecycleStage.MATURITY);
        var unlikelyAlive = stages.stageFor(8, AS_OF.minusDays(400), AS_OF.minusDays(3), 0.1, AS_OF);
        assertThat(unlikelyAlive.stage()).isEqualTo(LifecycleStage.CHURN);
        assertThat(unlikelyAlive.reason()).contains("P(alive) 0.10 below 0.30");
        assertThat(stages.stageFor(1, AS_OF.minusDays(500), AS_OF.minusDays(500), 1.0, AS_OF).reason())
                .as("BG/NBD calls one-time buyers alive; recency catches them").contains("no order for 500 days");
    }

    @Test
    void badRulesAreRefusedNamingTheField() {
        ValueRules bad = new ValueRules(null, List.of(new TierRule(ValueTier.A, new BigDecimal("-1"), null, null),
                new TierRule(null, null, null, null)), StageRules.DEFAULTS, Map.of(), null, null);

        assertThatThrownBy(() -> bad.revised("admin", java.time.Instant.EPOCH))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("tierRules[0].minClv", "tierRules[1].tier"));
        ValueRules badStages = new ValueRules(null, List.of(), new StageRules(1.5, 0, 2, 1, -1), Map.of(), null,
                null);
        assertThatThrownBy(() -> badStages.revised("admin", java.time.Instant.EPOCH))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).hasSize(5));
    }

    @Test
    void stageActionsAreConfigurable() {
        assertThat(defaults.actionsOnEntering(LifecycleStage.CHURN)).containsExactly(CustomerTaskKind.RETENTION_CALL);
        ValueRules welcoming = new ValueRules(null, defaults.tierRules(), defaults.stageRules(),
                Map.of(LifecycleStage.ACQUISITION, Set.of(CustomerTaskKind.WELCOME)), null, null)
                .revised("admin", java.time.Instant.EPOCH);
        assertThat(welcoming.actionsOnEntering(LifecycleStage.ACQUISITION)).containsExactly(CustomerTaskKind.WELCOME);
        assertThat(welcoming.actionsOnEntering(LifecycleStage.CHURN)).isEmpty();
    }
}
