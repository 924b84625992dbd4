package dev.crm.training.domain;

import static dev.crm.training.domain.QuestionFixtures.choice;
import static dev.crm.training.domain.QuestionFixtures.rolePlay;
import static dev.crm.training.domain.QuestionFixtures.trueFalse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import dev.crm.training.domain.QuestionDraft.CriterionDraft;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionTest {

    @Test
    void aSingleChoiceQuestionNeedsExactlyOneCorrectOption() {
        assertThat(fieldsRefused(choice(QuestionKind.SINGLE_CHOICE, 2, 3, 0, 2))).containsExactly("options");
        assertThat(fieldsRefused(choice(QuestionKind.SINGLE_CHOICE, 2, 3))).containsExactly("options");
        Question ok = Question.compose("B-1", choice(QuestionKind.SINGLE_CHOICE, 2, 3, 2));
        assertThat(ok.correctOptionIds()).containsExactly("C");
        assertThat(ok.options()).extracting(QuestionOption::id).containsExactly("A", "B", "C");
    }

    @Test
    void aMultipleChoiceQuestionNeedsACorrectOptionAndTwoOptionsAtLeast() {
        assertThat(fieldsRefused(choice(QuestionKind.MULTIPLE_CHOICE, 2, 3))).containsExactly("options");
        assertThat(fieldsRefused(choice(QuestionKind.MULTIPLE_CHOICE, 2, 1, 0))).containsExactly("options");
        assertThat(Question.compose("B-1", choice(QuestionKind.MULTIPLE_CHOICE, 2, 4, 0, 3)).correctOptionIds())
                .containsExactly("A", "D");
    }

    @Test
    void closedQuestionsNeedPointsAndNoRubric() {
        QuestionDraft noPoints = choice(QuestionKind.SINGLE_CHOICE, 0, 2, 0);
        assertThat(fieldsRefused(noPoints)).containsExactly("points");
        QuestionDraft withRubric = new QuestionDraft(QuestionKind.SINGLE_CHOICE, "q", 1,
                choice(QuestionKind.SINGLE_CHOICE, 1, 2, 0).options(), null,
                List.of(new CriterionDraft("tone", 3, null)), null, Set.of());
        assertThat(fieldsRefused(withRubric)).containsExactly("rubric");
    }

    @Test
    void aTrueFalseQuestionHasFixedOptionsAndNeedsItsTruth() {
        Question question = Question.compose("B-1", trueFalse(false, 1));
        assertThat(question.options()).extracting(QuestionOption::id).containsExactly("TRUE", "FALSE");
        assertThat(question.correctOptionIds()).containsExactly("FALSE");
        assertThat(fieldsRefused(new QuestionDraft(QuestionKind.TRUE_FALSE, "Customers are always right.", 1, null, null,
                null, null, null))).containsExactly("statementIsTrue");
    }

    @Test
    void anOpenQuestionIsWorthItsRubricAndNamesTheBrokenCriterion() {
        Question question = Question.compose("B-1", rolePlay(4, 6));
        assertThat(question.points()).isEqualTo(10);
        assertThat(question.rubric()).extracting(RubricCriterion::id).containsExactly("C1", "C2");

        assertThat(fieldsRefused(rolePlay(4, 0))).containsExactly("rubric[1].maxPoints");
        assertThat(fieldsRefused(rolePlay())).containsExactly("rubric");
        QuestionDraft wrongSum = new QuestionDraft(QuestionKind.FREE_TEXT, "Explain.", 5, null, null,
                rolePlay(4, 6).rubric(), null, Set.of());
        assertThat(fieldsRefused(wrongSum)).containsExactly("points");
    }

    @Test
    void tagsAreNormalisedAndCheckedAndTextIsRequired() {
        QuestionDraft draft = QuestionFixtures.tagged(choice(QuestionKind.SINGLE_CHOICE, 1, 2, 0), " Empathy ");
        assertThat(Question.compose("B-1", draft).tags()).containsExactly("empathy");
        assertThat(fieldsRefused(QuestionFixtures.tagged(draft, "no spaces please"))).containsExactly("tags");
        QuestionDraft blank = new QuestionDraft(QuestionKind.TRUE_FALSE, " ", 1, null, true, null, null, null);
        assertThat(fieldsRefused(blank)).containsExactly("text");
    }

    private static List<String> fieldsRefused(QuestionDraft draft) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> Question.compose("B-1", draft));
        assertThat(refused).as("refused").isNotNull();
        return refused.violations().stream().map(FieldViolation::field).toList();
    }
}
