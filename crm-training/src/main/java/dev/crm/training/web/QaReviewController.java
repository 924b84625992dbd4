package dev.crm.training.web;

import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import dev.crm.training.application.QaReviews;
import dev.crm.training.domain.QaReview;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** QA reviews of service interactions (Kirkpatrick level 3). */
@RestController
@RequestMapping("/api/v1/training/qa-reviews")
class QaReviewController {

    private final QaReviews reviews;
    private final CurrentStaff currentStaff;

    QaReviewController(QaReviews reviews, CurrentStaff currentStaff) {
        this.reviews = reviews;
        this.currentStaff = currentStaff;
    }

    @PostMapping
    @PreAuthorize(EvaluationRoles.REVIEWERS)
    ResponseEntity<QaReviewResponse> record(@RequestBody ReviewRequest request) {
        QaReview review = reviews.record(request.reviewee(), request.complaintNumber(), request.interactionAt(),
                request.scores() == null ? null : new QaReview.Scores(request.scores().informationAccuracy(),
                        request.scores().correctResolution(), request.scores().attitude(), request.scores().courtesy()),
                request.comments());
        return ResponseEntity.created(URI.create("/api/v1/training/qa-reviews/" + review.id()))
                .body(QaReviewResponse.of(review));
    }

    @GetMapping("/{id}")
    @PreAuthorize(EvaluationRoles.READERS)
    QaReviewResponse get(@PathVariable String id) {
        return QaReviewResponse.of(reviews.get(id));
    }

    /** A person's reviews (the caller's when {@code reviewee} is not given), latest interaction first. */
    @GetMapping
    @PreAuthorize(EvaluationRoles.READERS)
    ResultPage<QaReviewResponse> list(@RequestParam(required = false) String reviewee,
                                      @RequestParam(required = false) Integer page,
                                      @RequestParam(required = false) Integer size) {
        String person = reviewee == null || reviewee.isBlank() ? currentStaff.username() : reviewee.strip();
        return reviews.of(person, PageQuery.of(page, size)).map(QaReviewResponse::of);
    }

    record Marks(Integer informationAccuracy, Integer correctResolution, Integer attitude, Integer courtesy) {
    }

    record ReviewRequest(String reviewee, String complaintNumber, Instant interactionAt, Marks scores,
                         String comments) {
    }

    record QaReviewResponse(String id, String reviewee, String reviewer, String complaintNumber, Instant interactionAt,
                            Marks scores, BigDecimal scorePercent, int scaleMin, int scaleMax, String comments,
                            Instant reviewedAt) {

        static QaReviewResponse of(QaReview r) {
            QaReview.Scores s = r.scores();
            return new QaReviewResponse(r.id(), r.reviewee(), r.reviewer(), r.complaintNumber(), r.interactionAt(),
                    new Marks(s.informationAccuracy(), s.correctResolution(), s.attitude(), s.courtesy()),
                    s.percent(), QaReview.MIN_SCORE, QaReview.MAX_SCORE, r.comments(), r.reviewedAt());
        }
    }
}
