package dev.crm.training.application;

import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import dev.crm.core.api.Role;
import dev.crm.training.api.AssessmentScore;
import dev.crm.training.api.AssessmentScores;
import dev.crm.training.domain.AssessmentAttempt;
import dev.crm.training.persistence.AssessmentAttemptRepository;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Reading attempts and their results, which are private (DOMAIN.md §4): HR, the candidate, the
 * reviewers of the assessment and the candidate's supervisor chain may read an attempt; a person's
 * list of scores is for HR, the person and the supervisor chain. The candidate sees the answer key
 * only once the attempt is graded.
 */
@Service
public class AttemptResults implements AssessmentScores {

    /** Before the earliest and after the latest attempt, for open-ended periods. */
    private static final Instant BEGINNING = Instant.EPOCH;
    private static final Instant END = Instant.parse("9999-12-31T00:00:00Z");

    private final AssessmentAttemptRepository attempts;
    private final AssessmentAttempts attempting;
    private final Assessments assessments;
    private final SupervisorChain supervisors;
    private final CurrentStaff currentStaff;

    AttemptResults(AssessmentAttemptRepository attempts, AssessmentAttempts attempting, Assessments assessments,
                   SupervisorChain supervisors, CurrentStaff currentStaff) {
        this.attempts = attempts;
        this.attempting = attempting;
        this.assessments = assessments;
        this.supervisors = supervisors;
        this.currentStaff = currentStaff;
    }

    /** An attempt and whether its reader may see the answer key. */
    public record AttemptReading(AssessmentAttempt attempt, boolean withAnswerKey) {
    }

    /** @throws AccessDeniedException for anyone else than HR, the candidate, a reviewer or a supervisor */
    public AttemptReading read(String attemptId) {
        AssessmentAttempt attempt = attempting.current(attemptId);
        String reader = currentStaff.username();
        boolean candidate = attempt.getCandidate().equals(reader);
        boolean reviewer = assessments.find(attempt.getAssessmentCode()).map(a -> a.isReviewer(reader)).orElse(false);
        if (!candidate && !reviewer && !mayReadResultsOf(attempt.getCandidate())) {
            throw new AccessDeniedException("the results of " + attempt.getCandidate() + " are private");
        }
        // A candidate who also reviews the assessment still gets no key to their own running attempt.
        return new AttemptReading(attempt, !candidate || attempt.isGraded());
    }

    /** A person's attempts started in {@code [from, to)}, oldest first; open ends when null. */
    public ResultPage<AssessmentScore> scoresOf(String candidate, Instant from, Instant to, PageQuery query) {
        if (!candidate.equals(currentStaff.username()) && !mayReadResultsOf(candidate)) {
            throw new AccessDeniedException("the results of " + candidate + " are private");
        }
        attempting.closeExpired();
        Page<AssessmentAttempt> page = attempts.startedByIn(candidate, from == null ? BEGINNING : from,
                to == null ? END : to, PageRequest.of(query.page(), query.size(), Sort.by("startedAt", "_id")));
        return new ResultPage<>(page.getContent().stream().map(AttemptResults::toScore).toList(), query.page(),
                query.size(), page.getTotalElements());
    }

    @Override
    public List<AssessmentScore> ofPerson(String username, Instant from, Instant to) {
        attempting.closeExpired();
        return attempts.startedByIn(username, from, to, Sort.by("startedAt", "_id")).stream()
                .map(AttemptResults::toScore).toList();
    }

    private boolean mayReadResultsOf(String candidate) {
        return currentStaff.hasRole(Role.HR) || supervisors.supervises(currentStaff.username(), candidate);
    }

    static AssessmentScore toScore(AssessmentAttempt attempt) {
        return new AssessmentScore(attempt.getId(), attempt.getAssessmentCode(), attempt.getCourseCode(),
                attempt.getCandidate(), attempt.getNumber(), attempt.getStatus(), attempt.getStartedAt(),
                attempt.getSubmittedAt(), attempt.getGradedAt(), attempt.getPoints(), attempt.getMaxPoints(),
                attempt.getScorePercent(), attempt.getPassMarkPercent(), attempt.getPassed());
    }
}
