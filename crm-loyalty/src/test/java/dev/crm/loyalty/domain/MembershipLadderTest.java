package dev.crm.loyalty.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
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
        assertThatThrownBy(() -> MembershipLevel.define("go ld", " ", 0, -1, new BigDecimal("0.99")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactly("code", "name", "rank", "qualifyingPoints", "earnMultiplier"));
    }

    @Test
    void theBoundaryValuesAreAccepted() {
        MembershipLevel entry = MembershipLevel.define("A", "Entry", 1, 0, new BigDecimal("1.0"));
        assertThat(entry.rank()).isEqualTo(1);
        assertThat(entry.earnMultiplier()).isEqualByComparingTo("1");
    }
}
