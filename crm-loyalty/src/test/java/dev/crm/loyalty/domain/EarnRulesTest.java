package dev.crm.loyalty.domain;

import static dev.crm.loyalty.domain.Programs.aProgram;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EarnRulesTest {

    private final LoyaltyProgram program = aProgram()
            .earning("BASE", "1", null, null, null)
            .earning("SHOES", "2", Set.of("Shoes"), null, null)
            .earning("SHOES_APP", "3", Set.of("shoes"), Set.of("APP"), new EarnCap(500, CapPeriod.MONTH))
            .awarding(EarnRuleKind.REFERRAL, 200, false)
            .awarding(EarnRuleKind.ACTIVITY, 50, true)
            .build();

    @Test
    void theMostSpecificMatchingRuleWins() {
        assertThat(program.orderRuleFor("shoes", "app")).map(EarnRule::code).contains("SHOES_APP");
        assertThat(program.orderRuleFor(" SHOES ", "store")).map(EarnRule::code).contains("SHOES");
        assertThat(program.orderRuleFor("books", "app")).map(EarnRule::code).contains("BASE");
        assertThat(program.orderRuleFor(null, null)).map(EarnRule::code).contains("BASE");
    }

    @Test
    void withoutAnUnfilteredRuleAnOrderOutsideTheFiltersEarnsNothing() {
        LoyaltyProgram narrow = aProgram().earning("SHOES", "2", Set.of("shoes"), null, null).build();
        assertThat(narrow.orderRuleFor("books", "app")).isEmpty();
    }

    @Test
    void pointsAreTheAmountTimesTheRateTimesTheLevelRoundedDown() {
        EarnRule shoes = program.orderRuleFor("shoes", "store").orElseThrow();
        assertThat(shoes.pointsFor(new BigDecimal("99.99"), BigDecimal.ONE)).isEqualTo(199);
        assertThat(shoes.pointsFor(new BigDecimal("99.99"), program.multiplierOf("SILVER"))).isEqualTo(299);
        assertThat(shoes.pointsFor(new BigDecimal("100"), program.multiplierOf("GOLD"))).isEqualTo(400);
        assertThat(shoes.pointsFor(new BigDecimal("100"), program.multiplierOf(null))).isEqualTo(200);
    }

    @Test
    void fixedRulesApplyTheLevelMultiplierOnlyWhenTheySaySo() {
        BigDecimal gold = program.multiplierOf("GOLD");
        assertThat(program.fixedRule(EarnRuleKind.REFERRAL).orElseThrow().pointsFor(BigDecimal.ZERO, gold))
                .isEqualTo(200);
        assertThat(program.fixedRule(EarnRuleKind.ACTIVITY).orElseThrow().pointsFor(BigDecimal.ZERO, gold))
                .isEqualTo(100);
        assertThat(program.fixedRule(EarnRuleKind.BIRTHDAY)).isEmpty();
    }

    @Test
    void capPeriodsAreCountedInTheBusinessZone() {
        Instant lateEvening = Instant.parse("2026-05-31T17:00:00Z");
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        assertThat(CapPeriod.MONTH.keyOf(lateEvening, shanghai)).isEqualTo("2026-06");
        assertThat(CapPeriod.MONTH.keyOf(lateEvening, ZoneId.of("UTC"))).isEqualTo("2026-05");
        assertThat(CapPeriod.DAY.keyOf(lateEvening, shanghai)).isEqualTo("2026-06-01");
        assertThat(CapPeriod.WEEK.keyOf(lateEvening, shanghai)).isEqualTo("2026-W23");
        assertThat(CapPeriod.YEAR.keyOf(lateEvening, shanghai)).isEqualTo("2026");
    }
}
