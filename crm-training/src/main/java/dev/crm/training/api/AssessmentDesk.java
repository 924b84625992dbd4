package dev.crm.training.api;

import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Sitting an assessment as a candidate and grading it as a named reviewer, for the web console,
 * with the same rules as the REST API. The candidate's {@link CandidatePaper} has no field for an
 * answer key (correct options, guidance, model answers, points awarded), so no page can show one;
 * the {@link AttemptRecord} with the key goes to HR, reviewers, the supervisor chain and, once graded,
 * the candidate.
 */
public interface AssessmentDesk {

    ResultPage<AssessmentOutline> assessments(String courseCode, PageQuery page);

    /** The caller's own attempts, oldest first. */
    List<AssessmentScore> myAttempts();

    /** Starts the caller's next attempt (422 naming {@code assessmentCode} when one runs or none is left). */
    CandidatePaper start(String assessmentCode);

    /** The paper for the candidate until graded, the full record otherwise (403 for anyone not allowed). */
    AttemptReading open(String attemptId);

    /**
     * Closes the caller's attempt with these answers, all stored or none; after the deadline refused
     * (422) and nothing stored.
     */
    AttemptReading submit(String attemptId, List<GivenAnswer> answers);

    /** Closed attempts waiting for the caller's grading (HR: all), oldest first. */
    ResultPage<QueueEntry> gradingQueue(String assessmentCode, PageQuery page);

    /** A named reviewer's points for one open answer (403 for anyone else, the candidate included). */
    AttemptRecord grade(String attemptId, String questionId, List<CriterionPoints> criteria);

    record AssessmentOutline(String code, String title, String courseCode, int timeLimitMinutes, int attemptLimit,
                             int passMarkPercent, int questionCount) {
    }

    /** Exactly one of the two is set. */
    record AttemptReading(CandidatePaper paper, AttemptRecord record) {
    }

    /** @param kind SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE, FREE_TEXT or ROLE_PLAY */
    record CandidatePaper(String id, String assessmentCode, int attemptNumber, AttemptStatus status, Instant startedAt,
                          Instant deadline, int timeLimitMinutes, Instant submittedAt, List<PaperQuestion> questions) {
    }

    record PaperQuestion(String id, String kind, String text, int points, List<Choice> options,
                         List<PaperCriterion> rubric, List<String> selectedOptionIds, String answerText) {
    }

    record Choice(String id, String text) {
    }

    record PaperCriterion(String id, String description, int maxPoints) {
    }

    record AttemptRecord(String id, String assessmentCode, String courseCode, String candidate, int attemptNumber,
                         AttemptStatus status, Instant startedAt, Instant deadline, Instant submittedAt,
                         String closedBy, Instant gradedAt, BigDecimal points, int maxPoints, BigDecimal scorePercent,
                         int passMarkPercent, Boolean passed, List<RecordQuestion> questions) {
    }

    record RecordQuestion(String id, String kind, String text, int points, List<KeyedChoice> options,
                          List<KeyedCriterion> rubric, String modelAnswer, List<String> selectedOptionIds,
                          String answerText, BigDecimal awardedPoints, String gradedBy, Instant gradedAt,
                          boolean open) {
    }

    record KeyedChoice(String id, String text, boolean correct) {
    }

    /** A rubric criterion with the reviewer's guidance and, once graded, the points given. */
    record KeyedCriterion(String id, String description, int maxPoints, String guidance, Integer points,
                          String comment) {
    }

    record GivenAnswer(String questionId, List<String> selectedOptionIds, String text) {
    }

    record CriterionPoints(String criterionId, int points, String comment) {
    }

    record QueueEntry(String attemptId, String assessmentCode, String candidate, int attemptNumber,
                      Instant submittedAt, String closedBy, long answersToGrade) {
    }
}
