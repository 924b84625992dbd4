package dev.crm.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the RFM quintile scores (DOMAIN.md §2: RFM scores are quintiles 1–5), over random
 * populations shaped like real ones: spends in cents, order counts and recencies in whole days, with
 * many ties (most customers ordered once) or none.
 *
 * <p>Property tests on JUnit Jupiter: every seed draws one population, so a failure names the seed
 * that reproduces it (see the README for why this is not jqwik).
 */
class QuintilesPropertiesTest {

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    /** 1 to 500 values; some populations of spends (cents), some of small counts full of ties. */
    static double[] population(Random random) {
        int size = 1 + random.nextInt(500);
        double[] values = new double[size];
        boolean ties = random.nextBoolean();
        for (int i = 0; i < size; i++) {
            values[i] = ties ? 1 + (random.nextInt(3) == 0 ? random.nextInt(12) : 0)
                    : BigDecimal.valueOf(random.nextInt(5_000_000), 2).doubleValue();
        }
        return values;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyScoreIsBetweenOneAndFiveWhateverTheValue(long seed) {
        Random random = new Random(seed);
        double[] values = population(random);
        Quintiles quintiles = new Quintiles(values);

        for (int i = 0; i < 50; i++) {
            double any = random.nextBoolean() ? values[random.nextInt(values.length)]
                    : (random.nextDouble() - 0.3) * 100_000;
            assertThat(quintiles.scoreHigherIsBetter(any)).isBetween(1, 5);
            assertThat(quintiles.scoreLowerIsBetter(any)).isBetween(1, 5);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aStrictlyLargerValueNeverGetsALowerScore(long seed) {
        Random random = new Random(seed);
        double[] values = population(random);
        Quintiles quintiles = new Quintiles(values);

        for (int i = 0; i < 100; i++) {
            double a = values[random.nextInt(values.length)];
            double b = values[random.nextInt(values.length)];
            double larger = Math.max(a, b);
            double smaller = Math.min(a, b);
            // Monetary and frequency: more is better; recency in days: fewer is better.
            assertThat(quintiles.scoreHigherIsBetter(larger)).isGreaterThanOrEqualTo(quintiles.scoreHigherIsBetter(smaller));
            assertThat(quintiles.scoreLowerIsBetter(smaller)).isGreaterThanOrEqualTo(quintiles.scoreLowerIsBetter(larger));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theOrderTheCustomersAreReadInChangesNoScore(long seed) {
        Random random = new Random(seed);
        double[] values = population(random);
        List<Double> shuffled = new ArrayList<>();
        for (double value : values) {
            shuffled.add(value);
        }
        Collections.shuffle(shuffled, random);
        Quintiles original = new Quintiles(values);
        Quintiles reordered = new Quintiles(shuffled.stream().mapToDouble(Double::doubleValue).toArray());

        for (double value : values) {
            assertThat(reordered.scoreHigherIsBetter(value)).isEqualTo(original.scoreHigherIsBetter(value));
            assertThat(reordered.scoreLowerIsBetter(value)).isEqualTo(original.scoreLowerIsBetter(value));
        }
    }

    /**
     * Each score holds a fifth of the customers, give or take one for the rounding; a group of equal
     * values cannot be split, so ties can move at most (largest tie group - 1) customers in or out.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void eachScoreHoldsAFifthOfTheCustomersUpToTheTies(long seed) {
        double[] values = population(new Random(seed));
        Quintiles quintiles = new Quintiles(values);
        Map<Double, Integer> tieGroups = new HashMap<>();
        for (double value : values) {
            tieGroups.merge(value, 1, Integer::sum);
        }
        int largestTie = Collections.max(tieGroups.values());
        int[] higher = new int[6];
        int[] lower = new int[6];
        for (double value : values) {
            higher[quintiles.scoreHigherIsBetter(value)]++;
            lower[quintiles.scoreLowerIsBetter(value)]++;
        }
        int n = values.length;
        for (int score = 1; score <= 5; score++) {
            assertThat(higher[score]).as("customers scoring %d (higher is better)", score)
                    .isBetween(n / 5 - (largestTie - 1), (n + 4) / 5 + (largestTie - 1));
            assertThat(lower[score]).as("customers scoring %d (lower is better)", score)
                    .isBetween(n / 5 - (largestTie - 1), (n + 4) / 5 + (largestTie - 1));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void lowerIsBetterIsHigherIsBetterOnTheNegatedValues(long seed) {
        Random random = new Random(seed);
        double[] values = population(random);
        double[] negated = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            negated[i] = -values[i];
        }
        Quintiles quintiles = new Quintiles(values);
        Quintiles mirrored = new Quintiles(negated);

        for (double value : values) {
            assertThat(quintiles.scoreLowerIsBetter(value)).isEqualTo(mirrored.scoreHigherIsBetter(-value));
        }
    }
}
