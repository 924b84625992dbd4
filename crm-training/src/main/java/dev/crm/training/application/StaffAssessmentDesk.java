package dev.crm.training.application;

import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import dev.crm.training.api.AssessmentDesk;
import dev.crm.training.api.AssessmentScore;
import dev.crm.training.domain.Assessment;
import dev.crm.training.domain.AssessmentAttempt;
import dev.crm.training.domain.AttemptAnswer;
import dev.crm.training.domain.AttemptItem;
import dev.crm.training.domain.CriterionGrade;
import dev.crm.training.domain.Question;
import dev.crm.training.domain.QuestionAnswer;
import dev.crm.training.domain.QuestionOption;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * {@link AssessmentDesk} over the attempt services. The paper is built by hand from the attempt, field
 * by field, and never from the record with the key, so a mapping slip cannot leak an answer.
 */
@Service
class StaffAssessmentDesk implements AssessmentDesk {

    private final Assessments assessments;
    private final AssessmentAttempts attempts;
    private final AttemptResults results;
    private final CurrentStaff currentStaff;

    StaffAssessmentDesk(Assessments assessments, AssessmentAttempts attempts, AttemptResults results,
                        CurrentStaff currentStaff) {
        this.assessments = assessments;
        this.attempts = attempts;
        this.results = results;
        this.currentStaff = currentStaff;
    }

    @Override
    public ResultPage<AssessmentOutline> assessments(String courseCode, PageQuery page) {
        return assessments.list(courseCode, page).map(StaffAssessmentDesk::outline);
    }

    @Override
    public List<AssessmentScore> myAttempts() {
        return results.scoresOf(currentStaff.username(), null, null, PageQuery.of(0, ResultPage.MAX_SIZE)).items();
    }

    @Override
    public CandidatePaper start(String assessmentCode) {
        return paper(attempts.start(assessmentCode));
    }

    @Override
    public AttemptReading open(String attemptId) {
        return reading(results.read(attemptId));
    }

    @Override
    public AssessmentDesk.AttemptReading submit(String attemptId, List<GivenAnswer> answers) {
        List<QuestionAnswer> given = answers.stream().map(a -> new QuestionAnswer(a.questionId(),
                new AttemptAnswer(a.selectedOptionIds(), a.text()))).toList();
        AssessmentAttempt attempt = attempts.submit(attemptId, given);
        return attempt.isGraded() ? new AssessmentDesk.AttemptReading(null, record(attempt))
                : new AssessmentDesk.AttemptReading(paper(attempt), null);
    }

    @Override
    public ResultPage<QueueEntry> gradingQueue(String assessmentCode, PageQuery page) {
        return attempts.gradingQueue(assessmentCode, page).map(a -> new QueueEntry(a.getId(), a.getAssessmentCode(),
                a.getCandidate(), a.getNumber(), a.getSubmittedAt(), a.getClosedBy() == null ? null
                        : a.getClosedBy().name(), a.ungradedAnswers()));
    }

    @Override
    public AttemptRecord grade(String attemptId, String questionId, List<CriterionPoints> criteria) {
        List<CriterionGrade> grades = criteria.stream()
                .map(c -> new CriterionGrade(c.criterionId(), c.points(), c.comment())).toList();
        return record(attempts.grade(attemptId, questionId, grades));
    }

    private static AssessmentDesk.AttemptReading reading(AttemptResults.AttemptReading reading) {
        return reading.withAnswerKey() ? new AssessmentDesk.AttemptReading(null, record(reading.attempt()))
                : new AssessmentDesk.AttemptReading(paper(reading.attempt()), null);
    }

    private static AssessmentOutline outline(Assessment a) {
        return new AssessmentOutline(a.getCode(), a.getTitle(), a.getCourseCode(), a.getTimeLimitMinutes(),
                a.getAttemptLimit(), a.getPassMarkPercent(), a.questionCount());
    }

    private static CandidatePaper paper(AssessmentAttempt attempt) {
        return new CandidatePaper(attempt.getId(), attempt.getAssessmentCode(), attempt.getNumber(),
                attempt.getStatus(), attempt.getStartedAt(), attempt.getDeadline(), attempt.getTimeLimitMinutes(),
                attempt.getSubmittedAt(), attempt.getItems().stream().map(StaffAssessmentDesk::paperQuestion).toList());
    }

    private static PaperQuestion paperQuestion(AttemptItem item) {
        Question question = item.question();
        return new PaperQuestion(question.id(), question.kind().name(), question.text(), question.points(),
                shown(item).stream().map(o -> new Choice(o.id(), o.text())).toList(),
                question.rubric().stream().map(c -> new PaperCriterion(c.id(), c.description(), c.maxPoints())).toList(),
                selected(item.answer()), text(item.answer()));
    }

    private static AttemptRecord record(AssessmentAttempt attempt) {
        return new AttemptRecord(attempt.getId(), attempt.getAssessmentCode(), attempt.getCourseCode(),
                attempt.getCandidate(), attempt.getNumber(), attempt.getStatus(), attempt.getStartedAt(),
                attempt.getDeadline(), attempt.getSubmittedAt(),
                attempt.getClosedBy() == null ? null : attempt.getClosedBy().name(), attempt.getGradedAt(),
                attempt.getPoints(), attempt.getMaxPoints(), attempt.getScorePercent(), attempt.getPassMarkPercent(),
                attempt.getPassed(), attempt.getItems().stream().map(StaffAssessmentDesk::recordQuestion).toList());
    }

    private static RecordQuestion recordQuestion(AttemptItem item) {
        Question question = item.question();
        List<CriterionGrade> grades = item.grades() == null ? List.of() : item.grades();
        List<KeyedCriterion> rubric = question.rubric().stream().map(c -> {
            Optional<CriterionGrade> grade = grades.stream().filter(g -> g.criterionId().equals(c.id())).findFirst();
            return new KeyedCriterion(c.id(), c.description(), c.maxPoints(), c.guidance(),
                    grade.map(CriterionGrade::points).orElse(null), grade.map(CriterionGrade::comment).orElse(null));
        }).toList();
        return new RecordQuestion(question.id(), question.kind().name(), question.text(), question.points(),
                shown(item).stream().map(o -> new KeyedChoice(o.id(), o.text(), o.correct())).toList(), rubric,
                question.modelAnswer(), selected(item.answer()), text(item.answer()), item.points(), item.gradedBy(),
                item.gradedAt(), !question.kind().isClosed());
    }

    /** The options in the order this attempt shows them. */
    private static List<QuestionOption> shown(AttemptItem item) {
        return item.optionOrder().stream().map(id -> item.question().options().stream()
                .filter(o -> o.id().equals(id)).findFirst().orElseThrow()).toList();
    }

    private static List<String> selected(AttemptAnswer answer) {
        return answer == null || answer.selectedOptionIds() == null ? List.of() : answer.selectedOptionIds();
    }

    private static String text(AttemptAnswer answer) {
        return answer == null ? null : answer.text();
    }
}
