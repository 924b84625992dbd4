package dev.crm.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class QuintilesTest {

    private final Quintiles oneToTen = new Quintiles(IntStream.rangeClosed(1, 10).asDoubleStream().toArray());

    @Test
    void eachFifthOfTheCustomersGetsOneScore() {
        assertThat(IntStream.rangeClosed(1, 10).map(v -> oneToTen.scoreHigherIsBetter(v)).toArray())
                .containsExactly(1, 1, 2, 2, 3, 3, 4, 4, 5, 5);
    }

    @Test
    void forRecencyFewerDaysScoreHigher() {
        assertThat(IntStream.rangeClosed(1, 10).map(v -> oneToTen.scoreLowerIsBetter(v)).toArray())
                .containsExactly(5, 5, 4, 4, 3, 3, 2, 2, 1, 1);
    }

    @Test
    void equalValuesAlwaysGetEqualScores() {
        Quintiles mostlyOnce = new Quintiles(new double[] {1, 1, 1, 1, 1, 1, 1, 2, 3, 9});

        assertThat(mostlyOnce.scoreHigherIsBetter(1)).isEqualTo(1);
        assertThat(mostlyOnce.scoreHigherIsBetter(2)).isEqualTo(4);
        assertThat(mostlyOnce.scoreHigherIsBetter(9)).isEqualTo(5);
    }
}
