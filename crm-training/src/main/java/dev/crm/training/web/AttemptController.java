package dev.crm.training.web;

import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import dev.crm.training.api.AssessmentScore;
import dev.crm.training.application.AssessmentAttempts;
import dev.crm.training.application.AttemptResults;
import dev.crm.training.application.AttemptResults.AttemptReading;
import dev.crm.training.domain.AssessmentAttempt;
import dev.crm.training.domain.AttemptAnswer;
import dev.crm.training.domain.CriterionGrade;
import dev.crm.training.domain.QuestionAnswer;
import dev.crm.training.web.AttemptViews.AttemptPaper;
import dev.crm.training.web.AttemptViews.AttemptView;
import dev.crm.training.web.AttemptViews.GradingQueueEntry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Taking an assessment (any staff member), grading it (its named reviewers) and reading results
 * (HR, the candidate, the reviewers, the candidate's supervisor chain).
 */
@RestController
@PreAuthorize(AttemptController.CANDIDATES)
class AttemptController {

    /** Every staff role may sit an assessment; integrator accounts are machines, not people. */
    static final String CANDIDATES = "hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT', 'HR', 'ANALYST')";

    private final AssessmentAttempts attempts;
    private final AttemptResults results;
    private final CurrentStaff currentStaff;

    AttemptController(AssessmentAttempts attempts, AttemptResults results, CurrentStaff currentStaff) {
        this.attempts = attempts;
        this.results = results;
        this.currentStaff = currentStaff;
    }

    record AnswerRequest(@Size(max = 10) List<String> selectedOptionIds, String text) {

        AttemptAnswer toAnswer() {
            return new AttemptAnswer(selectedOptionIds, text);
        }
    }

    record GivenAnswer(@NotBlank String questionId, @Size(max = 10) List<String> selectedOptionIds, String text) {
    }

    record SubmitRequest(@Size(max = 100) List<@Valid @NotNull GivenAnswer> answers) {
    }

    record CriterionGradeRequest(@NotBlank String criterionId, @NotNull Integer points, String comment) {
    }

    record GradeRequest(@NotNull @Size(min = 1, max = 10) List<@Valid @NotNull CriterionGradeRequest> criteria) {
    }

    /** Starts the caller's next attempt: the drawn questions, without answer keys. */
    @PostMapping("/api/v1/training/assessments/{code}/attempts")
    ResponseEntity<AttemptPaper> start(@PathVariable String code) {
        AssessmentAttempt attempt = attempts.start(code);
        return ResponseEntity.created(URI.create("/api/v1/training/attempts/" + attempt.getId()))
                .body(AttemptViews.paper(attempt));
    }

    /** A person's attempts with their scores; the caller's own unless {@code candidate} is given. */
    @GetMapping("/api/v1/training/attempts")
    ResultPage<AssessmentScore> list(@RequestParam(required = false) String candidate,
                                     @RequestParam(required = false) Instant from,
                                     @RequestParam(required = false) Instant to,
                                     @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size) {
        String person = candidate == null || candidate.isBlank() ? currentStaff.username() : candidate.strip();
        return results.scoresOf(person, from, to, PageQuery.of(page, size));
    }

    /** The candidate's paper until graded, then the result with the answer key; the full record for others. */
    @GetMapping("/api/v1/training/attempts/{id}")
    AttemptView get(@PathVariable String id) {
        AttemptReading reading = results.read(id);
        return AttemptViews.of(reading.attempt(), reading.withAnswerKey());
    }

    @PutMapping("/api/v1/training/attempts/{id}/answers/{questionId}")
    AttemptPaper answer(@PathVariable String id, @PathVariable String questionId,
                        @Valid @RequestBody AnswerRequest request) {
        return AttemptViews.paper(attempts.answer(id, questionId, request.toAnswer()));
    }

    /** Closes the attempt, with any answers given here (all stored, or none). */
    @PostMapping("/api/v1/training/attempts/{id}/submit")
    AttemptView submit(@PathVariable String id, @Valid @RequestBody(required = false) SubmitRequest request) {
        List<QuestionAnswer> answers = request == null || request.answers() == null ? List.of()
                : request.answers().stream().map(a -> new QuestionAnswer(a.questionId(),
                        new AttemptAnswer(a.selectedOptionIds(), a.text()))).toList();
        AssessmentAttempt attempt = attempts.submit(id, answers);
        return AttemptViews.of(attempt, attempt.isGraded());
    }

    /** A reviewer's rubric points for one open answer. */
    @PutMapping("/api/v1/training/attempts/{id}/grades/{questionId}")
    AttemptView grade(@PathVariable String id, @PathVariable String questionId,
                      @Valid @RequestBody GradeRequest request) {
        List<CriterionGrade> grades = request.criteria().stream()
                .map(c -> new CriterionGrade(c.criterionId(), c.points(), c.comment())).toList();
        return AttemptViews.result(attempts.grade(id, questionId, grades));
    }

    /** Closed attempts waiting for the caller's grading, oldest first. */
    @GetMapping("/api/v1/training/grading-queue")
    ResultPage<GradingQueueEntry> gradingQueue(@RequestParam(required = false) String assessment,
                                               @RequestParam(required = false) Integer page,
                                               @RequestParam(required = false) Integer size) {
        return attempts.gradingQueue(assessment == null || assessment.isBlank() ? null : assessment.strip(),
                PageQuery.of(page, size)).map(AttemptViews::queueEntry);
    }
}
