package dev.crm.training.application;

import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.core.api.ResultPage;
import dev.crm.core.api.Role;
import dev.crm.training.api.AttemptStatus;
import dev.crm.training.domain.Assessment;
import dev.crm.training.domain.AssessmentAttempt;
import dev.crm.training.domain.AssessmentDraw;
import dev.crm.training.domain.AttemptAnswer;
import dev.crm.training.domain.AttemptItem;
import dev.crm.training.domain.CriterionGrade;
import dev.crm.training.domain.QuestionAnswer;
import dev.crm.training.persistence.AssessmentAttemptRepository;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Taking and grading assessments. A candidate starts an attempt, answers and submits; a named
 * reviewer grades the open answers. Every load of an attempt first closes it if its time is up
 * (and stores that), so a late write finds it closed — there is no scheduled expiry pass.
 */
@Service
public class AssessmentAttempts {

    private static final Logger log = LoggerFactory.getLogger(AssessmentAttempts.class);

    private final AssessmentAttemptRepository attempts;
    private final Assessments assessments;
    private final ObjectProvider<PassedAssessments> passedAssessments;
    private final CurrentStaff currentStaff;
    private final AuditLog auditLog;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    AssessmentAttempts(AssessmentAttemptRepository attempts, Assessments assessments,
                       ObjectProvider<PassedAssessments> passedAssessments, CurrentStaff currentStaff,
                       AuditLog auditLog, Clock clock) {
        this.attempts = attempts;
        this.assessments = assessments;
        this.passedAssessments = passedAssessments;
        this.currentStaff = currentStaff;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Starts the caller's next attempt with a fresh seed.
     *
     * @throws BusinessRuleViolationException when an attempt is still running or the limit is reached
     */
    public AssessmentAttempt start(String assessmentCode) {
        Assessment assessment = assessments.get(assessmentCode);
        String candidate = currentStaff.username();
        Instant now = clock.instant();
        List<AssessmentAttempt> earlier = attempts.findByAssessmentCodeAndCandidateOrderByNumberAsc(
                assessment.getCode(), candidate);
        for (AssessmentAttempt attempt : earlier) {
            closeIfExpired(attempt, now);
            if (attempt.getStatus() == AttemptStatus.IN_PROGRESS) {
                throw new BusinessRuleViolationException("attempt " + attempt.getId() + " is still running until "
                        + attempt.getDeadline(), List.of(new FieldViolation("assessmentCode", "has a running attempt")));
            }
        }
        if (earlier.size() >= assessment.getAttemptLimit()) {
            throw new BusinessRuleViolationException("the attempt limit of " + assessment.getAttemptLimit()
                    + " is reached", List.of(new FieldViolation("assessmentCode", "no attempts left")));
        }
        long seed = seeds.nextLong();
        List<AttemptItem> items = AssessmentDraw.draw(seed, assessment.getDrawRules(), assessments::pool);
        // The unique (assessment, candidate, number) index refuses a second start racing this one (409).
        AssessmentAttempt attempt = attempts.insert(AssessmentAttempt.start(UUID.randomUUID().toString(), assessment,
                candidate, earlier.size() + 1, seed, items, now));
        auditLog.record(new AuditEvent(candidate, "training.attempt-started", "AssessmentAttempt", attempt.getId(),
                Map.of("assessment", assessment.getCode(), "number", Integer.toString(attempt.getNumber()))));
        return attempt;
    }

    public AssessmentAttempt answer(String attemptId, String questionId, AttemptAnswer answer) {
        AssessmentAttempt attempt = ownAttempt(attemptId);
        attempt.answer(questionId, answer, clock.instant());
        return attempts.save(attempt);
    }

    public AssessmentAttempt submit(String attemptId, List<QuestionAnswer> answers) {
        AssessmentAttempt attempt = ownAttempt(attemptId);
        attempt.submit(answers, clock.instant());
        attempt = attempts.save(attempt);
        auditLog.record(new AuditEvent(currentStaff.username(), "training.attempt-submitted", "AssessmentAttempt",
                attempt.getId(), Map.of("status", attempt.getStatus().name())));
        return reportIfPassed(attempt);
    }

    /**
     * A named reviewer of the assessment grades one open answer.
     *
     * @throws AccessDeniedException when the caller is not a reviewer of the assessment, or is the candidate
     */
    public AssessmentAttempt grade(String attemptId, String questionId, List<CriterionGrade> grades) {
        AssessmentAttempt attempt = current(attemptId);
        String reviewer = currentStaff.username();
        Assessment assessment = assessments.get(attempt.getAssessmentCode());
        if (!assessment.isReviewer(reviewer) || attempt.getCandidate().equals(reviewer)) {
            throw new AccessDeniedException(reviewer + " is not a reviewer of this attempt");
        }
        attempt.grade(questionId, grades, reviewer, clock.instant());
        attempt = attempts.save(attempt);
        auditLog.record(new AuditEvent(reviewer, "training.answer-graded", "AssessmentAttempt", attempt.getId(),
                Map.of("question", questionId, "status", attempt.getStatus().name())));
        return reportIfPassed(attempt);
    }

    /**
     * Closed attempts with open answers waiting for the caller, oldest first: those of the assessments
     * the caller reviews (HR: all), optionally of one assessment. Attempts whose time ran out are
     * closed first, so they join the queue without a candidate coming back.
     */
    public ResultPage<AssessmentAttempt> gradingQueue(String assessmentCode, PageQuery query) {
        closeExpired();
        PageRequest request = PageRequest.of(query.page(), query.size(), Sort.by("submittedAt", "_id"));
        Page<AssessmentAttempt> page;
        if (currentStaff.hasRole(Role.HR) && assessmentCode == null) {
            page = attempts.findByStatus(AttemptStatus.AWAITING_GRADING, request);
        } else {
            List<String> reviewed = currentStaff.hasRole(Role.HR)
                    ? List.of(assessments.get(assessmentCode).getCode())
                    : assessments.reviewedBy(currentStaff.username()).stream()
                            .filter(code -> assessmentCode == null || code.equalsIgnoreCase(assessmentCode.strip()))
                            .toList();
            page = attempts.findByStatusAndAssessmentCodeIn(AttemptStatus.AWAITING_GRADING, reviewed, request);
        }
        return new ResultPage<>(page.getContent(), query.page(), query.size(), page.getTotalElements());
    }

    /** The attempt as of now: closed and stored if its time ran out. */
    AssessmentAttempt current(String attemptId) {
        AssessmentAttempt attempt = attempts.findById(attemptId)
                .orElseThrow(() -> new RecordNotFoundException("assessment attempt", attemptId));
        return closeIfExpired(attempt, clock.instant());
    }

    /** Closes up to 200 attempts whose time ran out, soonest deadline first. */
    void closeExpired() {
        Instant now = clock.instant();
        attempts.findTop200ByStatusAndDeadlineLessThanEqualOrderByDeadlineAsc(AttemptStatus.IN_PROGRESS, now)
                .forEach(attempt -> closeIfExpired(attempt, now));
    }

    private AssessmentAttempt ownAttempt(String attemptId) {
        AssessmentAttempt attempt = current(attemptId);
        if (!attempt.getCandidate().equals(currentStaff.username())) {
            throw new AccessDeniedException("only the candidate answers an attempt");
        }
        return attempt;
    }

    private AssessmentAttempt closeIfExpired(AssessmentAttempt attempt, Instant now) {
        if (!attempt.closeIfExpired(now)) {
            return attempt;
        }
        try {
            AssessmentAttempt closed = attempts.save(attempt);
            auditLog.record(new AuditEvent("system", "training.attempt-timed-out", "AssessmentAttempt",
                    closed.getId(), Map.of("status", closed.getStatus().name())));
            return reportIfPassed(closed);
        } catch (OptimisticLockingFailureException closedMeanwhile) {
            // Another request (or node) closed it at the same moment: theirs is the stored state.
            return attempts.findById(attempt.getId()).orElseThrow();
        }
    }

    /**
     * Hands a pass on to certificates once. A failed hand-over leaves {@code passReportedAt} unset:
     * such attempts are found by {@code status = GRADED, passed, passReportedAt = null}.
     */
    private AssessmentAttempt reportIfPassed(AssessmentAttempt attempt) {
        if (!attempt.isPassedAndUnreported()) {
            return attempt;
        }
        AssessmentPassed passed = new AssessmentPassed(attempt.getId(), attempt.getAssessmentCode(),
                attempt.getCourseCode(), attempt.getCandidate(), attempt.getScorePercent(), attempt.getGradedAt());
        try {
            passedAssessments.orderedStream().forEach(listener -> listener.passed(passed));
            attempt.passReported(clock.instant());
            return attempts.save(attempt);
        } catch (RuntimeException e) {
            log.warn("Reporting the pass of attempt {} failed; it stays unreported", attempt.getId(), e);
            return attempt;
        }
    }
}
