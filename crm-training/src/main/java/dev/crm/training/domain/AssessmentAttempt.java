package dev.crm.training.domain;

import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.IllegalStateTransitionException;
import dev.crm.core.api.InvalidInputException;
import dev.crm.training.api.AttemptStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import lombok.Getter;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One person's try at an assessment. It is tamper-proof by construction: it holds a copy of the
 * questions it drew, takes answers only to those questions and only before its deadline (the
 * server's clock), closes on submit or when the time is up, grades its closed answers itself at
 * closing, takes a reviewer's rubric points for its open answers, and then decides pass or fail
 * against the pass mark it started with.
 *
 * <p>The deadline is exclusive: an answer at exactly {@code startedAt + timeLimit} is late.
 */
@Getter
@Document("assessment_attempts")
@CompoundIndexes({
        // The attempt limit: the n-th attempt of a person at an assessment exists once, also under races.
        @CompoundIndex(name = "attempt_number", def = "{'assessmentCode': 1, 'candidate': 1, 'number': 1}",
                unique = true),
        // The grading queue: closed attempts waiting for a reviewer, oldest first.
        @CompoundIndex(name = "grading_queue", def = "{'status': 1, 'assessmentCode': 1, 'submittedAt': 1}"),
        // A person's attempts in a period (scores, Kirkpatrick level 2).
        @CompoundIndex(name = "person_period", def = "{'candidate': 1, 'startedAt': 1}"),
        // Closing attempts whose time ran out.
        @CompoundIndex(name = "expiry", def = "{'status': 1, 'deadline': 1}")
})
public class AssessmentAttempt {

    public static final int MAX_ANSWER_TEXT = 20_000;
    public static final int MAX_COMMENT = 2_000;

    @Id
    private final String id;
    private final String assessmentCode;
    private final String courseCode;
    private final String candidate;
    /** 1 for the first attempt of the candidate at the assessment, and so on. */
    private final int number;
    /** The draw's seed: the same seed and bank contents give the same questions and option order. */
    private final long seed;
    private final Instant startedAt;
    private final Instant deadline;
    private final int timeLimitMinutes;
    /** The pass mark when the attempt started: changing the assessment later does not move it. */
    private final int passMarkPercent;
    @Getter(lombok.AccessLevel.NONE)
    private final List<AttemptItem> items;
    private AttemptStatus status;
    private AttemptClosure closedBy;
    private Instant submittedAt;
    private Instant gradedAt;
    private BigDecimal points;
    private final int maxPoints;
    private BigDecimal scorePercent;
    private Boolean passed;
    /** When the pass was reported to {@code PassedAssessments} (certificates). */
    private Instant passReportedAt;
    @Version
    private Long version;

    @PersistenceCreator
    AssessmentAttempt(String id, String assessmentCode, String courseCode, String candidate, int number, long seed,
                      Instant startedAt, Instant deadline, int timeLimitMinutes, int passMarkPercent,
                      List<AttemptItem> items, int maxPoints) {
        this.id = id;
        this.assessmentCode = assessmentCode;
        this.courseCode = courseCode;
        this.candidate = candidate;
        this.number = number;
        this.seed = seed;
        this.startedAt = startedAt;
        this.deadline = deadline;
        this.timeLimitMinutes = timeLimitMinutes;
        this.passMarkPercent = passMarkPercent;
        this.items = new ArrayList<>(items);
        this.maxPoints = maxPoints;
    }

    /** Starts the {@code number}-th attempt with the questions drawn from {@code seed}. */
    public static AssessmentAttempt start(String id, Assessment assessment, String candidate, int number, long seed,
                                          List<AttemptItem> items, Instant at) {
        Objects.requireNonNull(candidate, "candidate");
        if (items.isEmpty()) {
            throw new IllegalArgumentException("an attempt has at least one question");
        }
        AssessmentAttempt attempt = new AssessmentAttempt(id, assessment.getCode(), assessment.getCourseCode(),
                candidate, number, seed, at, at.plus(assessment.timeLimit()), assessment.getTimeLimitMinutes(),
                assessment.getPassMarkPercent(), items, GradingRules.maxPoints(items));
        attempt.status = AttemptStatus.IN_PROGRESS;
        return attempt;
    }

    public List<AttemptItem> getItems() {
        return List.copyOf(items);
    }

    /**
     * Records (or replaces) the answer to one question.
     *
     * @throws BusinessRuleViolationException when the time is up, or naming {@code questionId} when
     *                                        the question is not in this attempt
     * @throws IllegalStateTransitionException when the attempt is closed
     * @throws InvalidInputException           naming {@code selectedOptionIds} or {@code text}
     */
    public void answer(String questionId, AttemptAnswer answer, Instant at) {
        requireTakingAnswers(at);
        int index = indexOf(questionId, "questionId");
        List<FieldViolation> violations = new ArrayList<>();
        AttemptAnswer checked = check(items.get(index).question(), answer, "", violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        items.set(index, items.get(index).answered(checked, at));
    }

    /**
     * Records the given answers, all or none, and closes the attempt: closed answers are graded
     * now, open ones wait for a reviewer.
     */
    public void submit(List<QuestionAnswer> answers, Instant at) {
        requireTakingAnswers(at);
        List<QuestionAnswer> given = answers == null ? List.of() : answers;
        List<FieldViolation> violations = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        List<AttemptAnswer> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String prefix = "answers[" + i + "].";
            QuestionAnswer entry = given.get(i);
            String questionId = entry == null ? null : entry.questionId();
            int index = indexOf(questionId, prefix + "questionId");
            if (!seen.add(questionId)) {
                violations.add(new FieldViolation(prefix + "questionId", "answers the same question twice"));
            }
            indexes.add(index);
            checked.add(check(items.get(index).question(), entry.answer(), prefix, violations));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        for (int i = 0; i < indexes.size(); i++) {
            items.set(indexes.get(i), items.get(indexes.get(i)).answered(checked.get(i), at));
        }
        close(AttemptClosure.SUBMITTED, at);
    }

    /**
     * Closes the attempt if its time is up, as of its deadline: what was answered in time counts.
     *
     * @return whether it was closed now
     */
    public boolean closeIfExpired(Instant now) {
        if (status == AttemptStatus.IN_PROGRESS && !now.isBefore(deadline)) {
            close(AttemptClosure.TIME_LIMIT, deadline);
            return true;
        }
        return false;
    }

    /**
     * A reviewer's points for every criterion of one open answer (again, to correct, until the
     * attempt is graded). The last open answer graded makes the score final.
     *
     * @throws BusinessRuleViolationException when the reviewer is the candidate, or naming
     *                                        {@code questionId} for a question not in the attempt or graded automatically
     * @throws IllegalStateTransitionException unless the attempt awaits grading
     * @throws InvalidInputException           naming {@code criteria} or {@code criteria[i].points|criterionId|comment}
     */
    public void grade(String questionId, List<CriterionGrade> grades, String reviewer, Instant at) {
        if (candidate.equals(reviewer)) {
            throw new BusinessRuleViolationException("a candidate cannot grade their own attempt");
        }
        if (status != AttemptStatus.AWAITING_GRADING) {
            throw new IllegalStateTransitionException("assessment attempt", status.name(), "grade");
        }
        int index = indexOf(questionId, "questionId");
        Question question = items.get(index).question();
        if (question.kind().isClosed()) {
            throw new BusinessRuleViolationException("question " + questionId + " is graded automatically",
                    List.of(new FieldViolation("questionId", "is a " + question.kind() + " question")));
        }
        List<CriterionGrade> given = grades == null ? List.of() : grades;
        List<FieldViolation> violations = new ArrayList<>();
        Set<String> graded = new LinkedHashSet<>();
        List<CriterionGrade> checked = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            CriterionGrade grade = given.get(i);
            String prefix = "criteria[" + i + "].";
            RubricCriterion criterion = grade == null ? null : question.rubric().stream()
                    .filter(c -> c.id().equals(grade.criterionId())).findFirst().orElse(null);
            if (criterion == null) {
                violations.add(new FieldViolation(prefix + "criterionId", "is not a criterion of question " + questionId));
                continue;
            }
            if (!graded.add(criterion.id())) {
                violations.add(new FieldViolation(prefix + "criterionId", "is graded twice"));
            }
            if (grade.points() < 0 || grade.points() > criterion.maxPoints()) {
                violations.add(new FieldViolation(prefix + "points", "must be between 0 and " + criterion.maxPoints()));
            }
            String comment = grade.comment() == null || grade.comment().isBlank() ? null : grade.comment().strip();
            if (comment != null && comment.length() > MAX_COMMENT) {
                violations.add(new FieldViolation(prefix + "comment", "must be at most " + MAX_COMMENT + " characters"));
            }
            checked.add(new CriterionGrade(criterion.id(), grade.points(), comment));
        }
        if (violations.isEmpty() && graded.size() != question.rubric().size()) {
            violations.add(new FieldViolation("criteria", "grade every criterion of the rubric ("
                    + question.rubric().size() + ")"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        items.set(index, items.get(index).graded(checked, reviewer, at));
        if (items.stream().allMatch(AttemptItem::isGraded)) {
            finish(at);
        }
    }

    /** The pass was handed on to certificates. */
    public void passReported(Instant at) {
        if (!Boolean.TRUE.equals(passed)) {
            throw new IllegalStateTransitionException("assessment attempt", status.name(), "report as passed");
        }
        passReportedAt = at;
    }

    public boolean isPassedAndUnreported() {
        return status == AttemptStatus.GRADED && Boolean.TRUE.equals(passed) && passReportedAt == null;
    }

    public boolean isGraded() {
        return status == AttemptStatus.GRADED;
    }

    /** Open answers still waiting for a reviewer. */
    public long ungradedAnswers() {
        return items.stream().filter(item -> !item.isGraded()).count();
    }

    private void close(AttemptClosure how, Instant at) {
        status = AttemptStatus.AWAITING_GRADING;
        closedBy = how;
        submittedAt = at;
        for (int i = 0; i < items.size(); i++) {
            AttemptItem item = items.get(i);
            if (item.question().kind().isClosed()) {
                items.set(i, item.scored(GradingRules.pointsFor(item.question(), item.answer())));
            }
        }
        if (items.stream().allMatch(AttemptItem::isGraded)) {
            finish(at);
        }
    }

    private void finish(Instant at) {
        status = AttemptStatus.GRADED;
        gradedAt = at;
        points = GradingRules.total(items);
        scorePercent = GradingRules.percent(points, maxPoints);
        passed = Assessment.passes(points, maxPoints, passMarkPercent);
    }

    private void requireTakingAnswers(Instant at) {
        if (closedBy == AttemptClosure.TIME_LIMIT || status == AttemptStatus.IN_PROGRESS && !at.isBefore(deadline)) {
            throw new BusinessRuleViolationException("the time limit of this attempt passed at " + deadline
                    + "; answers are no longer taken");
        }
        if (status != AttemptStatus.IN_PROGRESS) {
            throw new IllegalStateTransitionException("assessment attempt", status.name(), "answer");
        }
    }

    private int indexOf(String questionId, String field) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).questionId().equals(questionId)) {
                return i;
            }
        }
        throw new BusinessRuleViolationException("question " + questionId + " is not in this attempt",
                List.of(new FieldViolation(field, "is not a question of this attempt")));
    }

    private static AttemptAnswer check(Question question, AttemptAnswer answer, String prefix,
                                       List<FieldViolation> violations) {
        List<String> selected = answer == null ? List.of() : answer.selectedOptionIds();
        String text = answer == null || answer.text() == null || answer.text().isBlank() ? null : answer.text().strip();
        if (question.kind().isClosed()) {
            if (text != null) {
                violations.add(new FieldViolation(prefix + "text", "a " + question.kind() + " question is answered by options"));
            }
            Set<String> distinct = new LinkedHashSet<>();
            for (String option : selected) {
                if (option == null || !question.hasOption(option)) {
                    violations.add(new FieldViolation(prefix + "selectedOptionIds",
                            "'" + option + "' is not an option of question " + question.id()));
                } else {
                    distinct.add(option);
                }
            }
            if (question.kind() != QuestionKind.MULTIPLE_CHOICE && distinct.size() > 1) {
                violations.add(new FieldViolation(prefix + "selectedOptionIds", "choose one option"));
            }
            return new AttemptAnswer(List.copyOf(distinct), null);
        }
        if (!selected.isEmpty()) {
            violations.add(new FieldViolation(prefix + "selectedOptionIds",
                    "a " + question.kind() + " question is answered by text"));
        }
        if (text != null && text.length() > MAX_ANSWER_TEXT) {
            violations.add(new FieldViolation(prefix + "text", "must be at most " + MAX_ANSWER_TEXT + " characters"));
        }
        return new AttemptAnswer(List.of(), text);
    }
}
