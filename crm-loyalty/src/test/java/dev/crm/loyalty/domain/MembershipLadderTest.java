package dev.crm.loyalty.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.core.api.FieldViolation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MembershipLadderTest {

    private final MembershipLadder ladder = new MembershipLadder(List.of(
            MembershipLevel.define("GOLD", "Gold", 3, 5_000, new BigDecimal("2.0")),
            MembershipLevel.define("SILVER", "Silver", 2, 1_000, new BigDecimal("1.5")),
            MembershipLevel.define("BASIC", "Basic", 1, 0, BigDecimal.ONE)));

    @Test
    void aMemberIsPlacedOnTheHighestLevelTheirPointsReach() {
        assertThat(ladder.levelFor(0)).map(MembershipLevel::code).contains("BASIC");
        assertThat(ladder.levelFor(999)).map(MembershipLevel::code).contains("BASIC");
        assertThat(ladder.levelFor(1_000)).map(MembershipLevel::code).contains("SILVER");
        assertThat(ladder.levelFor(1_000_000)).map(MembershipLevel::code).contains("GOLD");
    }

    @Test
    void belowTheFirstThresholdThereIsNoLevel() {
        MembershipLadder noEntryLevel = new MembershipLadder(List.of(
                MembershipLevel.define("SILVER", "Silver", 1, 1_000, BigDecimal.ONE)));
        assertThat(noEntryLevel.levelFor(10)).isEmpty();
    }

    @Test
    void levelsAreOrderedByRank() {
        assertThat(ladder.levels()).extracting(MembershipLevel::code).containsExactly("BASIC", "SILVER", "GOLD");
    }

    @Test
    void theHighestRankWinsEvenWhenThresholdsAreOutOfOrder() {
        MembershipLadder misconfigured = new MembershipLadder(List.of(
                MembershipLevel.define("BASIC", "Basic", 1, 0, BigDecimal.ONE),
                MembershipLevel.define("SILVER", "Silver", 2, 2_000, BigDecimal.ONE),
                MembershipLevel.define("GOLD", "Gold", 3, 1_000, BigDecimal.ONE)));
        assertThat(misconfigured.levelFor(1_500)).map(MembershipLevel::code).contains("GOLD");
        assertThat(misconfigured.levelFor(500)).map(MembershipLevel::code).contains("BASIC");
    }

    @Test
    void anEmptyLadderPlacesNobody() {
        assertThat(new MembershipLadder(List.of()).levelFor(1_000_000)).isEmpty();
    }

    @Test
    void codesAreUpperCasedAndNamesTrimmed() {
        MembershipLevel gold = MembershipLevel.define(" gold ", " Gold ", 1, 0, BigDecimal.ONE);
        assertThat(gold.code()).isEqualTo("GOLD");
        assertThat(gold.name()).isEqualTo("Gold");
    }

    @Test
    void everyInvalidValueIsNamed() {
        assertThat(new MembershipLevel("go ld", " ", 0, -1L, new BigDecimal("-1"), BigDecimal.ZERO, false,
                new BigDecimal("101")).check("levels[2]."))
                .extracting(FieldViolation::field)
                .containsExactly("levels[2].code", "levels[2].name", "levels[2].rank", "levels[2].qualifyingPoints",
                        "levels[2].qualifyingSpend", "levels[2].earnMultiplier", "levels[2].discountPercent");
        assertThat(new MembershipLevel("A", "A", 1, null, null, BigDecimal.ONE, false, null).check(""))
                .extracting(FieldViolation::field).containsExactly("qualifyingPoints");
    }

    @Test
    void eitherThresholdReachesALevel() {
        MembershipLadder bySpendOrPoints = new MembershipLadder(List.of(
                MembershipLevel.define("BASIC", "Basic", 1, 0, BigDecimal.ONE),
                new MembershipLevel("GOLD", "Gold", 2, 5_000L, new BigDecimal("10000"), BigDecimal.TEN, true, null)));
        assertThat(bySpendOrPoints.levelFor(10, new BigDecimal("10000.00"))).map(MembershipLevel::code)
                .contains("GOLD");
        assertThat(bySpendOrPoints.levelFor(5_000, BigDecimal.ZERO)).map(MembershipLevel::code).contains("GOLD");
        assertThat(bySpendOrPoints.levelFor(4_999, new BigDecimal("9999.99"))).map(MembershipLevel::code)
                .contains("BASIC");
    }

    @Test
    void theBoundaryValuesAreAccepted() {
        MembershipLevel entry = MembershipLevel.define("A", "Entry", 1, 0, new BigDecimal("0.01"));
        assertThat(entry.check("")).isEmpty();
        assertThat(entry.rank()).isEqualTo(1);
        assertThat(entry.earnMultiplier()).isEqualByComparingTo("0.01");
    }
}
