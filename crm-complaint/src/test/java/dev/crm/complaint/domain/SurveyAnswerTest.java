package dev.crm.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SurveyAnswerTest {

    @Test
    void csatMapsToTheFollowUpResultFiveAndFourSatisfiedThreeNeutralTwoAndOneDissatisfied() {
        assertThat(answer(5).result()).isEqualTo(FollowUpOutcome.Result.SATISFIED);
        assertThat(answer(4).result()).isEqualTo(FollowUpOutcome.Result.SATISFIED);
        assertThat(answer(3).result()).isEqualTo(FollowUpOutcome.Result.PARTIALLY_SATISFIED);
        assertThat(answer(2).result()).isEqualTo(FollowUpOutcome.Result.DISSATISFIED);
        assertThat(answer(1).isDissatisfied()).isTrue();
    }

    @Test
    void everyBadValueIsNamed() {
        assertThatThrownBy(() -> SurveyAnswer.of(null, new BigDecimal("11"), "x".repeat(2_001)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(FieldViolation::field)
                        .containsExactly("csat", "nps", "comment"));
        assertThat(fields(new BigDecimal("0"), null)).containsExactly("csat");
        assertThat(fields(new BigDecimal("6"), null)).containsExactly("csat");
        assertThat(fields(new BigDecimal("4.5"), null)).containsExactly("csat");
        assertThat(fields(BigDecimal.ONE, new BigDecimal("-1"))).containsExactly("nps");
        assertThat(fields(BigDecimal.ONE, new BigDecimal("9.5"))).containsExactly("nps");
    }

    @Test
    void wholeDecimalsAndTheScaleEndsAreAcceptedAndABlankCommentIsNone() {
        SurveyAnswer answer = SurveyAnswer.of(new BigDecimal("5.0"), BigDecimal.ZERO, "   ");
        SurveyAnswer top = SurveyAnswer.of(BigDecimal.ONE, BigDecimal.TEN, " fine " + "x".repeat(1_990));

        assertThat(answer.csat()).isEqualTo(5);
        assertThat(answer.nps()).isZero();
        assertThat(answer.comment()).isNull();
        assertThat(top.nps()).isEqualTo(10);
        assertThat(top.comment()).startsWith("fine");
        assertThat(SurveyAnswer.of(BigDecimal.ONE, null, null).nps()).isNull();
    }

    private static SurveyAnswer answer(int csat) {
        return SurveyAnswer.of(BigDecimal.valueOf(csat), null, null);
    }

    private static java.util.List<String> fields(BigDecimal csat, BigDecimal nps) {
        try {
            SurveyAnswer.of(csat, nps, null);
            return java.util.List.of();
        } catch (InvalidInputException e) {
            return e.violations().stream().map(FieldViolation::field).toList();
        }
    }
}
