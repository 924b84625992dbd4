package dev.crm.training.web;

import dev.crm.training.api.AttemptStatus;
import dev.crm.training.domain.AssessmentAttempt;
import dev.crm.training.domain.AttemptAnswer;
import dev.crm.training.domain.AttemptClosure;
import dev.crm.training.domain.AttemptItem;
import dev.crm.training.domain.CriterionGrade;
import dev.crm.training.domain.Question;
import dev.crm.training.domain.QuestionKind;
import dev.crm.training.domain.QuestionOption;
import dev.crm.training.domain.RubricCriterion;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The two faces of an attempt. The candidate's {@link AttemptPaper} has no field that could hold an
 * answer key — correct options, rubric guidance, model answers, points awarded, the seed — so a
 * mapping slip cannot leak one; it is built by hand for that reason. The {@link AttemptResult} is the
 * full record for graders, HR and, once graded, the candidate.
 */
final class AttemptViews {

    private AttemptViews() {
    }

    sealed interface AttemptView permits AttemptPaper, AttemptResult {
    }

    record AttemptPaper(String id, String assessmentCode, int attemptNumber, AttemptStatus status, Instant startedAt,
                        Instant deadline, int timeLimitMinutes, Instant submittedAt, AttemptClosure closedBy,
                        List<PaperQuestion> questions) implements AttemptView {
    }

    record PaperQuestion(String id, QuestionKind kind, String text, int points, List<PaperOption> options,
                         List<PaperCriterion> rubric, AnswerView answer, Instant answeredAt) {
    }

    record PaperOption(String id, String text) {
    }

    record PaperCriterion(String id, String description, int maxPoints) {
    }

    record AnswerView(List<String> selectedOptionIds, String text) {
    }

    record AttemptResult(String id, String assessmentCode, String courseCode, String candidate, int attemptNumber,
                         long seed, AttemptStatus status, Instant startedAt, Instant deadline, int timeLimitMinutes,
                         Instant submittedAt, AttemptClosure closedBy, Instant gradedAt, BigDecimal points,
                         int maxPoints, BigDecimal scorePercent, int passMarkPercent, Boolean passed,
                         List<ResultQuestion> questions) implements AttemptView {
    }

    record ResultQuestion(String id, QuestionKind kind, String text, int points, List<QuestionOption> options,
                          List<RubricCriterion> rubric, String modelAnswer, AnswerView answer, Instant answeredAt,
                          BigDecimal awardedPoints, List<CriterionGrade> grades, String gradedBy, Instant gradedAt) {
    }

    record GradingQueueEntry(String attemptId, String assessmentCode, String candidate, int attemptNumber,
                             Instant submittedAt, AttemptClosure closedBy, long answersToGrade) {
    }

    static AttemptView of(AssessmentAttempt attempt, boolean withAnswerKey) {
        return withAnswerKey ? result(attempt) : paper(attempt);
    }

    static AttemptPaper paper(AssessmentAttempt attempt) {
        return new AttemptPaper(attempt.getId(), attempt.getAssessmentCode(), attempt.getNumber(), attempt.getStatus(),
                attempt.getStartedAt(), attempt.getDeadline(), attempt.getTimeLimitMinutes(), attempt.getSubmittedAt(),
                attempt.getClosedBy(), attempt.getItems().stream().map(AttemptViews::paperQuestion).toList());
    }

    static AttemptResult result(AssessmentAttempt attempt) {
        return new AttemptResult(attempt.getId(), attempt.getAssessmentCode(), attempt.getCourseCode(),
                attempt.getCandidate(), attempt.getNumber(), attempt.getSeed(), attempt.getStatus(),
                attempt.getStartedAt(), attempt.getDeadline(), attempt.getTimeLimitMinutes(),
                attempt.getSubmittedAt(), attempt.getClosedBy(), attempt.getGradedAt(), attempt.getPoints(),
                attempt.getMaxPoints(), attempt.getScorePercent(), attempt.getPassMarkPercent(), attempt.getPassed(),
                attempt.getItems().stream().map(AttemptViews::resultQuestion).toList());
    }

    static GradingQueueEntry queueEntry(AssessmentAttempt attempt) {
        return new GradingQueueEntry(attempt.getId(), attempt.getAssessmentCode(), attempt.getCandidate(),
                attempt.getNumber(), attempt.getSubmittedAt(), attempt.getClosedBy(), attempt.ungradedAnswers());
    }

    private static PaperQuestion paperQuestion(AttemptItem item) {
        Question question = item.question();
        List<PaperOption> options = shown(item).stream().map(o -> new PaperOption(o.id(), o.text())).toList();
        List<PaperCriterion> rubric = question.rubric().stream()
                .map(c -> new PaperCriterion(c.id(), c.description(), c.maxPoints())).toList();
        return new PaperQuestion(question.id(), question.kind(), question.text(), question.points(), options, rubric,
                answer(item.answer()), item.answeredAt());
    }

    private static ResultQuestion resultQuestion(AttemptItem item) {
        Question question = item.question();
        return new ResultQuestion(question.id(), question.kind(), question.text(), question.points(), shown(item),
                question.rubric(), question.modelAnswer(), answer(item.answer()), item.answeredAt(), item.points(),
                item.grades(), item.gradedBy(), item.gradedAt());
    }

    /** The options in the order this attempt shows them. */
    private static List<QuestionOption> shown(AttemptItem item) {
        return item.optionOrder().stream().map(id -> item.question().options().stream()
                .filter(o -> o.id().equals(id)).findFirst().orElseThrow()).toList();
    }

    private static AnswerView answer(AttemptAnswer answer) {
        return answer == null ? null : new AnswerView(answer.selectedOptionIds(), answer.text());
    }
}
