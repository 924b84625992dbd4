package dev.crm.training.domain;

import static dev.crm.training.domain.QuestionFixtures.choice;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradingRulesTest {

    /** Five options, A, B and C correct, worth 6 points: 2 points per correct option. */
    private final Question multiple = Question.compose("B-1", choice(QuestionKind.MULTIPLE_CHOICE, 6, 5, 0, 1, 2));
    private final Question single = Question.compose("B-2", choice(QuestionKind.SINGLE_CHOICE, 3, 4, 1));
    private final Question truth = Question.compose("B-3", QuestionFixtures.trueFalse(false, 2));

    @Test
    void multipleChoiceEarnsRightMinusWrongNeverBelowZero() {
        assertThat(points(multiple, "A", "B", "C")).isEqualByComparingTo("6");
        assertThat(points(multiple, "A", "B")).isEqualByComparingTo("4");
        assertThat(points(multiple, "A", "B", "D")).isEqualByComparingTo("2");
        assertThat(points(multiple, "A", "D", "E")).isEqualByComparingTo("0");
        // Ticking every box: three right, two wrong.
        assertThat(points(multiple, "A", "B", "C", "D", "E")).isEqualByComparingTo("2");
        assertThat(points(multiple)).isEqualByComparingTo("0");
    }

    @Test
    void partialCreditIsRoundedToTwoDecimals() {
        Question thirds = Question.compose("B-4", choice(QuestionKind.MULTIPLE_CHOICE, 1, 4, 0, 1, 2));
        assertThat(points(thirds, "A")).isEqualTo(new BigDecimal("0.33"));
        assertThat(points(thirds, "A", "B")).isEqualTo(new BigDecimal("0.67"));
    }

    @Test
    void singleChoiceAndTrueFalseAreAllOrNothing() {
        assertThat(points(single, "B")).isEqualByComparingTo("3");
        assertThat(points(single, "A")).isEqualByComparingTo("0");
        assertThat(points(truth, "FALSE")).isEqualByComparingTo("2");
        assertThat(points(truth, "TRUE")).isEqualByComparingTo("0");
        assertThat(GradingRules.pointsFor(single, null)).isEqualByComparingTo("0");
    }

    @Test
    void thePassMarkIsReachedAtExactlyItsPercentage() {
        assertThat(Assessment.passes(new BigDecimal("8.00"), 10, 80)).isTrue();
        assertThat(Assessment.passes(new BigDecimal("7.99"), 10, 80)).isFalse();
        // 2 of 3 is 66.67 % when shown, but exactly 66.666...: it does not reach 67.
        assertThat(Assessment.passes(new BigDecimal("2"), 3, 67)).isFalse();
        assertThat(GradingRules.percent(new BigDecimal("2"), 3)).isEqualTo(new BigDecimal("66.67"));
        assertThat(Assessment.passes(BigDecimal.ZERO, 10, 0)).isTrue();
        assertThat(Assessment.passes(new BigDecimal("9.99"), 10, 100)).isFalse();
    }

    private static BigDecimal points(Question question, String... chosen) {
        return GradingRules.pointsFor(question, new AttemptAnswer(List.of(chosen), null));
    }
}
