package dev.crm.loyalty.domain;

import static dev.crm.loyalty.domain.Programs.aProgram;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgramTermsTest {

    @Test
    void aConsistentProgramIsAccepted() {
        LoyaltyProgram program = aProgram().earning("BASE", "1", null, null, null)
                .awarding(EarnRuleKind.WELCOME, 100, false).build();
        assertThat(program.getLevels()).extracting(MembershipLevel::code).containsExactly("MEMBER", "SILVER", "GOLD");
    }

    @Test
    void duplicateRanksAndCodesAreNamed() {
        assertThat(faultsOf(aProgram().withLevels(List.of(
                MembershipLevel.define("A", "A", 1, 0, BigDecimal.ONE),
                MembershipLevel.define("A", "B", 1, 10, BigDecimal.ONE)))))
                .contains("levels[1].code", "levels[1].rank");
    }

    @Test
    void thresholdsMustAscendWithRank() {
        assertThat(faultsOf(aProgram().withLevels(List.of(
                MembershipLevel.define("GOLD", "Gold", 3, 1_000, BigDecimal.ONE),
                MembershipLevel.define("SILVER", "Silver", 2, 2_000, BigDecimal.ONE),
                new MembershipLevel("BASIC", "Basic", 1, 0L, new BigDecimal("100"), BigDecimal.ONE, false, null),
                new MembershipLevel("TOP", "Top", 4, 3_000L, new BigDecimal("100"), BigDecimal.ONE, false, null)))))
                .containsExactly("levels[0].qualifyingPoints", "levels[3].qualifyingSpend");
    }

    @Test
    void rulesAreCheckedFieldByField() {
        ProgramTerms terms = new ProgramTerms(" ", "ZZZ", List.of(), 0, new DowngradeRule(-1), null, List.of(
                new EarnRule("BASE", EarnRuleKind.PER_CURRENCY_UNIT, BigDecimal.ZERO, null, null, 5L, true,
                        new EarnCap(0, null)),
                new EarnRule("BASE", EarnRuleKind.REFERRAL, BigDecimal.ONE, java.util.Set.of("shoes"), null, 0L,
                        false, null),
                new EarnRule("R2", EarnRuleKind.REFERRAL, null, null, null, 10L, false, null)));
        assertThatThrownBy(terms::checked).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("name", "currency",
                        "qualificationWindowMonths", "downgrade.graceDays", "enrolment",
                        "earnRules[0].pointsPerUnit", "earnRules[0].points", "earnRules[0].cap.points",
                        "earnRules[0].cap.period", "earnRules[1].points", "earnRules[1].pointsPerUnit",
                        "earnRules[1].productCategories", "earnRules[1].code", "earnRules[2].kind"));
    }

    private static List<String> faultsOf(Programs program) {
        try {
            program.terms().checked();
            return List.of();
        } catch (InvalidInputException e) {
            return e.violations().stream().map(FieldViolation::field).toList();
        }
    }
}
