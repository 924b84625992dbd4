package dev.crm.training.web;

import dev.crm.training.api.CourseEvaluation;
import dev.crm.training.application.CourseEvaluations;
import dev.crm.training.application.ReactionSurveys;
import dev.crm.training.domain.ReactionSurvey;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reaction surveys on completed enrolments and the Kirkpatrick evaluation of a course. */
@RestController
class EvaluationController {

    private final ReactionSurveys reactions;
    private final CourseEvaluations evaluations;

    EvaluationController(ReactionSurveys reactions, CourseEvaluations evaluations) {
        this.reactions = reactions;
        this.evaluations = evaluations;
    }

    @PostMapping("/api/v1/training/enrolments/{id}/reaction")
    @PreAuthorize(TrainingRoles.STAFF)
    ResponseEntity<ReactionResponse> answer(@PathVariable String id, @RequestBody ReactionRequest request) {
        ReactionSurvey survey = reactions.answer(id, request.ratings() == null ? null
                : new ReactionSurvey.Ratings(request.ratings().relevance(), request.ratings().delivery(),
                request.ratings().applicability()), request.comment());
        return ResponseEntity.created(URI.create("/api/v1/training/enrolments/" + id + "/reaction"))
                .body(ReactionResponse.of(survey));
    }

    /** HR: all participants; a supervisor: their reports among them. */
    @GetMapping("/api/v1/training/courses/{code}/evaluation")
    @PreAuthorize("hasAnyRole('HR', 'SUPERVISOR')")
    CourseEvaluation evaluation(@PathVariable String code, @RequestParam(required = false) Integer windowDays,
                                @RequestParam(required = false) LocalDate from,
                                @RequestParam(required = false) LocalDate to) {
        return evaluations.evaluate(code, windowDays, from, to);
    }

    record Ratings(Integer relevance, Integer delivery, Integer applicability) {
    }

    record ReactionRequest(Ratings ratings, String comment) {
    }

    record ReactionResponse(String enrolmentId, String staff, String courseCode, int courseRevision, Ratings ratings,
                            String comment, Instant answeredAt) {

        static ReactionResponse of(ReactionSurvey s) {
            return new ReactionResponse(s.enrolmentId(), s.staff(), s.courseCode(), s.courseRevision(),
                    new Ratings(s.ratings().relevance(), s.ratings().delivery(), s.ratings().applicability()),
                    s.comment(), s.answeredAt());
        }
    }
}
