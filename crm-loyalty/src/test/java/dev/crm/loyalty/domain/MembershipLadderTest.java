package dev.crm.loyalty.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void codesAreNormalisedAndValidated() {
        assertThat(MembershipLevel.define(" gold ", "Gold", 1, 0, BigDecimal.ONE).code()).isEqualTo("GOLD");
        assertThatThrownBy(() -> MembershipLevel.define("go ld", "Gold", 1, 0, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMultiplierBelowOneAndNegativeThresholdsAreRefused() {
        assertThatThrownBy(() -> MembershipLevel.define("X", "X", 1, 0, new BigDecimal("0.5")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MembershipLevel.define("X", "X", 1, -1, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MembershipLevel.define("X", "X", 0, 0, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
