package dev.crm.training.domain;

import dev.crm.training.domain.QuestionDraft.CriterionDraft;
import dev.crm.training.domain.QuestionDraft.OptionDraft;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builders for banks, questions, assessments and attempts in domain tests. */
final class QuestionFixtures {

    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private QuestionFixtures() {
    }

    /** Options A..n, those at {@code correct} positions marked correct. */
    static QuestionDraft choice(QuestionKind kind, int points, int options, int... correct) {
        List<OptionDraft> drafts = new ArrayList<>();
        for (int i = 0; i < options; i++) {
            int index = i;
            drafts.add(new OptionDraft("option " + i, java.util.Arrays.stream(correct).anyMatch(c -> c == index)));
        }
        return new QuestionDraft(kind, "Which is right?", points, drafts, null, null, null, Set.of());
    }

    static QuestionDraft single(int points) {
        return choice(QuestionKind.SINGLE_CHOICE, points, 4, 1);
    }

    static QuestionDraft trueFalse(boolean statementIsTrue, int points) {
        return new QuestionDraft(QuestionKind.TRUE_FALSE, "An angry customer is always wrong.", points, null,
                statementIsTrue, null, null, Set.of());
    }

    static QuestionDraft rolePlay(int... maxPoints) {
        List<CriterionDraft> rubric = new ArrayList<>();
        for (int i = 0; i < maxPoints.length; i++) {
            rubric.add(new CriterionDraft("criterion " + i, maxPoints[i], "what full marks look like " + i));
        }
        return new QuestionDraft(QuestionKind.ROLE_PLAY, "Calm a customer whose parcel is lost.", null, null, null,
                rubric, "Apologise, own it, offer a remedy.", Set.of());
    }

    static QuestionDraft tagged(QuestionDraft draft, String... tags) {
        return new QuestionDraft(draft.kind(), draft.text(), draft.points(), draft.options(), draft.statementIsTrue(),
                draft.rubric(), draft.modelAnswer(), Set.of(tags));
    }

    static QuestionBank bank(String code, List<QuestionDraft> drafts) {
        QuestionBank bank = QuestionBank.open(code, "Service basics", "basics", "hr.zhou", NOW);
        drafts.forEach(bank::add);
        return bank;
    }

    static Assessment assessment(String bankCode, int count, int timeLimitMinutes, Integer passMark) {
        return Assessment.define(new AssessmentDraft("SVC-TEST", "Service test", "SVC-101",
                List.of(new DrawRule(bankCode, null, count)), timeLimitMinutes, 2, passMark,
                List.of("rev.wang")), "hr.zhou", NOW);
    }

    /** An attempt over exactly the given questions, in that order, started at {@link #NOW}. */
    static AssessmentAttempt attemptOver(Assessment assessment, List<Question> questions) {
        List<AttemptItem> items = questions.stream()
                .map(q -> AttemptItem.drawn(q, q.options().stream().map(QuestionOption::id).toList())).toList();
        return AssessmentAttempt.start("attempt-1", assessment, "agent.li", 1, 42L, items, NOW);
    }
}
