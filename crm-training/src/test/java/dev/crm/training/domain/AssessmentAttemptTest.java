package dev.crm.training.domain;

import static dev.crm.training.domain.QuestionFixtures.NOW;
import static dev.crm.training.domain.QuestionFixtures.choice;
import static dev.crm.training.domain.QuestionFixtures.rolePlay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.IllegalStateTransitionException;
import dev.crm.core.api.InvalidInputException;
import dev.crm.training.api.AttemptStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssessmentAttemptTest {

    /** 6 points automatic (single choice B correct, 4; true/false FALSE, 2) and 10 by rubric (4 + 6): 16 in all. */
    private final Question single = Question.compose("B-1", choice(QuestionKind.SINGLE_CHOICE, 4, 3, 1));
    private final Question truth = Question.compose("B-2", QuestionFixtures.trueFalse(false, 2));
    private final Question rolePlay = Question.compose("B-3", rolePlay(4, 6));
    private final Assessment assessment = QuestionFixtures.assessment("BANK", 3, 30, null);
    private final Instant deadline = NOW.plus(Duration.ofMinutes(30));

    @Test
    void anAnswerAMillisecondBeforeTheLimitCountsAndOneExactlyAtTheLimitIsLate() {
        AssessmentAttempt attempt = attempt();

        attempt.answer("B-1", choose("B"), deadline.minusMillis(1));
        BusinessRuleViolationException late = catchThrowableOfType(BusinessRuleViolationException.class,
                () -> attempt.answer("B-2", choose("FALSE"), deadline));

        assertThat(late).hasMessageContaining("time limit");
        assertThat(attempt.getItems().get(0).answer().selectedOptionIds()).containsExactly("B");
        assertThat(attempt.getItems().get(1).answer()).isNull();
        assertThat(attempt.getStatus()).isEqualTo(AttemptStatus.IN_PROGRESS);
    }

    @Test
    void anExpiredAttemptClosesAsOfItsDeadlineWithTheAnswersGivenInTime() {
        AssessmentAttempt attempt = attempt();
        attempt.answer("B-1", choose("B"), NOW.plusSeconds(60));

        assertThat(attempt.closeIfExpired(deadline.minusMillis(1))).isFalse();
        assertThat(attempt.closeIfExpired(deadline.plusSeconds(3600))).isTrue();

        assertThat(attempt.getClosedBy()).isEqualTo(AttemptClosure.TIME_LIMIT);
        assertThat(attempt.getSubmittedAt()).isEqualTo(deadline);
        assertThat(attempt.getStatus()).isEqualTo(AttemptStatus.AWAITING_GRADING);
        assertThat(attempt.getItems().get(0).points()).isEqualByComparingTo("4");
        assertThat(attempt.closeIfExpired(deadline.plusSeconds(7200))).isFalse();
        assertThatThrownBy(() -> attempt.submit(List.of(), deadline.plusSeconds(7200)))
                .isInstanceOf(BusinessRuleViolationException.class).hasMessageContaining("time limit");
    }

    @Test
    void answersToQuestionsNotInTheAttemptOrWithForeignOptionsAreRefusedAndNothingIsStored() {
        AssessmentAttempt attempt = attempt();

        BusinessRuleViolationException unknown = catchThrowableOfType(BusinessRuleViolationException.class,
                () -> attempt.answer("B-99", choose("A"), NOW));
        assertThat(unknown.violations()).extracting(FieldViolation::field).containsExactly("questionId");
        InvalidInputException foreign = catchThrowableOfType(InvalidInputException.class,
                () -> attempt.answer("B-1", choose("Z"), NOW));
        assertThat(foreign.violations()).extracting(FieldViolation::field).containsExactly("selectedOptionIds");
        assertThatThrownBy(() -> attempt.answer("B-1", choose("A", "B"), NOW)).isInstanceOf(InvalidInputException.class);

        // All or nothing: the good first answer of a submit with a bad second one is not kept either.
        InvalidInputException mixed = catchThrowableOfType(InvalidInputException.class, () -> attempt.submit(List.of(
                new QuestionAnswer("B-1", choose("B")), new QuestionAnswer("B-3", choose("A"))), NOW));
        assertThat(mixed.violations()).extracting(FieldViolation::field).containsExactly("answers[1].selectedOptionIds");
        assertThatThrownBy(() -> attempt.submit(List.of(new QuestionAnswer("B-1", choose("B")),
                new QuestionAnswer("X-1", choose("A"))), NOW)).isInstanceOf(BusinessRuleViolationException.class);
        assertThat(attempt.getItems()).allSatisfy(item -> assertThat(item.answer()).isNull());
        assertThat(attempt.getStatus()).isEqualTo(AttemptStatus.IN_PROGRESS);
    }

    @Test
    void theFinalScoreCombinesAutomaticAndRubricPointsAndDecidesAgainstThePassMark() {
        AssessmentAttempt attempt = attempt();
        attempt.submit(List.of(new QuestionAnswer("B-1", choose("B")), new QuestionAnswer("B-2", choose("TRUE")),
                new QuestionAnswer("B-3", new AttemptAnswer(List.of(), "I would apologise..."))), NOW.plusSeconds(600));

        assertThat(attempt.getStatus()).isEqualTo(AttemptStatus.AWAITING_GRADING);
        assertThat(attempt.getPoints()).isNull();
        assertThat(attempt.ungradedAnswers()).isEqualTo(1);

        attempt.grade("B-3", List.of(new CriterionGrade("C1", 4, "warm"), new CriterionGrade("C2", 5, null)),
                "rev.wang", NOW.plusSeconds(900));

        // 4 + 0 + 9 = 13 of 16 = 81.25 %: passes 80 %.
        assertThat(attempt.getStatus()).isEqualTo(AttemptStatus.GRADED);
        assertThat(attempt.getPoints()).isEqualByComparingTo("13");
        assertThat(attempt.getMaxPoints()).isEqualTo(16);
        assertThat(attempt.getScorePercent()).isEqualTo(new BigDecimal("81.25"));
        assertThat(attempt.getPassed()).isTrue();
        assertThat(attempt.isPassedAndUnreported()).isTrue();
        assertThat(attempt.getGradedAt()).isEqualTo(NOW.plusSeconds(900));
    }

    @Test
    void onePointLessThanThePassMarkFails() {
        // 4 + 0 + 8 = 12 of 16 = 75 %.
        AssessmentAttempt attempt = attempt();
        attempt.submit(List.of(new QuestionAnswer("B-1", choose("B"))), NOW);
        attempt.grade("B-3", List.of(new CriterionGrade("C1", 4, null), new CriterionGrade("C2", 4, null)),
                "rev.wang", NOW);
        assertThat(attempt.getPassed()).isFalse();
        assertThat(attempt.isPassedAndUnreported()).isFalse();

        // Exactly at the mark: 3 of 4 points with a 75 % mark passes.
        Assessment threeQuarters = QuestionFixtures.assessment("BANK", 1, 30, 75);
        Question multiple = Question.compose("B-9", choice(QuestionKind.MULTIPLE_CHOICE, 4, 4, 0, 1, 2, 3));
        AssessmentAttempt exactly = QuestionFixtures.attemptOver(threeQuarters, List.of(multiple));
        exactly.submit(List.of(new QuestionAnswer("B-9", choose("A", "B", "C"))), NOW);
        assertThat(exactly.getScorePercent()).isEqualTo(new BigDecimal("75.00"));
        assertThat(exactly.getPassed()).isTrue();
    }

    @Test
    void closedQuestionsOnlyAreGradedAtSubmitWithoutAReviewer() {
        AssessmentAttempt attempt = QuestionFixtures.attemptOver(assessment, List.of(single, truth));
        attempt.submit(List.of(new QuestionAnswer("B-1", choose("B"))), NOW);

        assertThat(attempt.getStatus()).isEqualTo(AttemptStatus.GRADED);
        assertThat(attempt.getScorePercent()).isEqualTo(new BigDecimal("66.67"));
        assertThat(attempt.getPassed()).isFalse();
    }

    @Test
    void rubricGradesStayWithinEachCriterionsMaximumAndCoverTheRubric() {
        AssessmentAttempt attempt = attempt();
        attempt.submit(List.of(), NOW);

        InvalidInputException over = catchThrowableOfType(InvalidInputException.class, () -> attempt.grade("B-3",
                List.of(new CriterionGrade("C1", 5, null), new CriterionGrade("C2", 6, null)), "rev.wang", NOW));
        assertThat(over.violations()).extracting(FieldViolation::field).containsExactly("criteria[0].points");
        InvalidInputException partial = catchThrowableOfType(InvalidInputException.class, () -> attempt.grade("B-3",
                List.of(new CriterionGrade("C1", 1, null)), "rev.wang", NOW));
        assertThat(partial.violations()).extracting(FieldViolation::field).containsExactly("criteria");
        assertThatThrownBy(() -> attempt.grade("B-1", List.of(), "rev.wang", NOW))
                .isInstanceOf(BusinessRuleViolationException.class).hasMessageContaining("automatically");
        assertThatThrownBy(() -> attempt.grade("B-3", List.of(new CriterionGrade("C1", 1, null),
                new CriterionGrade("C2", 1, null)), "agent.li", NOW))
                .isInstanceOf(BusinessRuleViolationException.class).hasMessageContaining("own attempt");
        assertThat(attempt.getStatus()).isEqualTo(AttemptStatus.AWAITING_GRADING);
    }

    @Test
    void aClosedAttemptTakesNoAnswersAndARunningOneNoGrades() {
        AssessmentAttempt attempt = attempt();
        assertThatThrownBy(() -> attempt.grade("B-3", List.of(), "rev.wang", NOW))
                .isInstanceOf(IllegalStateTransitionException.class);
        attempt.submit(List.of(), NOW);
        assertThatThrownBy(() -> attempt.answer("B-1", choose("B"), NOW))
                .isInstanceOf(IllegalStateTransitionException.class);
        assertThatThrownBy(() -> attempt.submit(List.of(), NOW)).isInstanceOf(IllegalStateTransitionException.class);
    }

    @Test
    void thePassMarkIsValidatedAndDefaultsToEightyPercent() {
        assertThat(QuestionFixtures.assessment("BANK", 1, 30, null).getPassMarkPercent()).isEqualTo(80);
        assertThat(QuestionFixtures.assessment("BANK", 1, 30, 0).getPassMarkPercent()).isZero();
        for (int bad : new int[] {-1, 101}) {
            InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                    () -> QuestionFixtures.assessment("BANK", 1, 30, bad));
            assertThat(refused.violations()).extracting(FieldViolation::field).containsExactly("passMarkPercent");
        }
    }

    private AssessmentAttempt attempt() {
        return QuestionFixtures.attemptOver(assessment, List.of(single, truth, rolePlay));
    }

    private static AttemptAnswer choose(String... options) {
        return new AttemptAnswer(List.of(options), null);
    }
}
