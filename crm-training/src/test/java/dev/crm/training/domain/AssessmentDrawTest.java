package dev.crm.training.domain;

import static dev.crm.training.domain.QuestionFixtures.choice;
import static dev.crm.training.domain.QuestionFixtures.tagged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crm.core.api.BusinessRuleViolationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssessmentDrawTest {

    /** Twenty single-choice questions of six options; the even ones tagged "empathy". */
    private final QuestionBank bank = QuestionFixtures.bank("BASICS", questions());

    @Test
    void theSameSeedDrawsTheSameQuestionsInTheSameOrderWithTheSameOptionOrder() {
        List<DrawRule> rules = List.of(new DrawRule("BASICS", null, 8));

        List<AttemptItem> first = AssessmentDraw.draw(7L, rules, rule -> bank.drawable(rule.tag()));
        List<AttemptItem> again = AssessmentDraw.draw(7L, rules, rule -> bank.drawable(rule.tag()));
        List<AttemptItem> other = AssessmentDraw.draw(8L, rules, rule -> bank.drawable(rule.tag()));

        assertThat(again).extracting(AttemptItem::questionId).containsExactlyElementsOf(
                first.stream().map(AttemptItem::questionId).toList());
        assertThat(again).extracting(AttemptItem::optionOrder).containsExactlyElementsOf(
                first.stream().map(AttemptItem::optionOrder).toList());
        assertThat(other).extracting(AttemptItem::questionId).isNotEqualTo(
                first.stream().map(AttemptItem::questionId).toList());
        assertThat(new HashSet<>(first.stream().map(AttemptItem::questionId).toList())).hasSize(8);
        // Options are shuffled, not lost: every item shows all six.
        assertThat(first).allSatisfy(item -> assertThat(item.optionOrder())
                .containsExactlyInAnyOrder("A", "B", "C", "D", "E", "F"));
        assertThat(first).anySatisfy(item -> assertThat(item.optionOrder())
                .isNotEqualTo(List.of("A", "B", "C", "D", "E", "F")));
    }

    @Test
    void aSeedsDrawIsPinnedSoStoredSeedsKeepReDerivingTheirAttempts() {
        // Pinned: a change of the algorithm would re-derive old attempts differently, so it must show.
        List<String> drawn = AssessmentDraw.draw(20261122L, List.of(new DrawRule("BASICS", null, 3)),
                rule -> bank.drawable(rule.tag())).stream().map(AttemptItem::questionId).toList();
        assertThat(drawn).containsExactly("BASICS-4", "BASICS-3", "BASICS-10");
    }

    @Test
    void tagRulesDrawOnlyTaggedQuestionsAndLaterRulesNeverRepeatOne() {
        List<DrawRule> rules = List.of(new DrawRule("BASICS", "empathy", 10), new DrawRule("BASICS", null, 10));

        for (long seed = 0; seed < 20; seed++) {
            List<AttemptItem> items = AssessmentDraw.draw(seed, rules, rule -> bank.drawable(rule.tag()));
            assertThat(items).extracting(AttemptItem::questionId).doesNotHaveDuplicates().hasSize(20);
        }
        List<AttemptItem> empathyOnly = AssessmentDraw.draw(3L, List.of(new DrawRule("BASICS", "empathy", 4)),
                rule -> bank.drawable(rule.tag()));
        assertThat(empathyOnly).allSatisfy(item -> assertThat(item.question().tags()).contains("empathy"));
    }

    @Test
    void retiredQuestionsAreNotDrawnAndTooSmallAPoolNamesTheRule() {
        bank.retire("BASICS-2");
        assertThat(bank.drawable("empathy")).extracting(Question::id).doesNotContain("BASICS-2").hasSize(9);

        BusinessRuleViolationException refused = catchThrowableOfType(BusinessRuleViolationException.class,
                () -> AssessmentDraw.draw(1L, List.of(new DrawRule("BASICS", null, 2),
                        new DrawRule("BASICS", "empathy", 10)), rule -> bank.drawable(rule.tag())));
        assertThat(refused.violations().get(0).field()).isEqualTo("drawRules[1].count");
    }

    @Test
    void trueFalseOptionsKeepTheirOrder() {
        QuestionBank truths = QuestionFixtures.bank("TRUTHS", List.of(QuestionFixtures.trueFalse(true, 1),
                QuestionFixtures.trueFalse(false, 1)));
        for (long seed = 0; seed < 10; seed++) {
            assertThat(AssessmentDraw.draw(seed, List.of(new DrawRule("TRUTHS", null, 2)),
                    rule -> truths.drawable(null))).allSatisfy(item ->
                    assertThat(item.optionOrder()).containsExactly("TRUE", "FALSE"));
        }
    }

    private static List<QuestionDraft> questions() {
        List<QuestionDraft> drafts = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            QuestionDraft draft = choice(QuestionKind.SINGLE_CHOICE, 1, 6, i % 6);
            drafts.add(i % 2 == 0 ? tagged(draft, "empathy") : draft);
        }
        return drafts;
    }
}
