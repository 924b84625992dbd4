package dev.crm.training.domain;

import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A quality reviewer's assessment of one service interaction of a person — the complaint they
 * handled — on the review form of DOMAIN.md §4: information accuracy, correct resolution, attitude
 * and courtesy, each on the scale {@value #MIN_SCORE}–{@value #MAX_SCORE}. Kirkpatrick level 3
 * (behaviour). A review is a record of judgement: it is written once and never changed.
 */
@Document("training_qa_reviews")
@CompoundIndex(name = "reviewee_interaction", def = "{'reviewee': 1, 'interactionAt': 1}")
public class QaReview {

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;
    static final int MAX_COMMENTS = 2000;

    @Id
    private final String id;
    private final String reviewee;
    private final String reviewer;
    private final String complaintNumber;
    /** When the reviewed interaction took place: the windows of level 3 evaluation are about this. */
    private final Instant interactionAt;
    private final Scores scores;
    private final String comments;
    private final Instant reviewedAt;

    QaReview(String id, String reviewee, String reviewer, String complaintNumber, Instant interactionAt,
             Scores scores, String comments, Instant reviewedAt) {
        this.id = id;
        this.reviewee = reviewee;
        this.reviewer = reviewer;
        this.complaintNumber = complaintNumber;
        this.interactionAt = interactionAt;
        this.scores = scores;
        this.comments = comments;
        this.reviewedAt = reviewedAt;
    }

    /** The four marks of the form. */
    public record Scores(Integer informationAccuracy, Integer correctResolution, Integer attitude, Integer courtesy) {

        /** @throws InvalidInputException naming each missing or out-of-scale mark ({@code scores.x}) */
        public Scores {
            List<FieldViolation> violations = new ArrayList<>();
            check("scores.informationAccuracy", informationAccuracy, violations);
            check("scores.correctResolution", correctResolution, violations);
            check("scores.attitude", attitude, violations);
            check("scores.courtesy", courtesy, violations);
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
        }

        private static void check(String field, Integer value, List<FieldViolation> violations) {
            if (value == null) {
                violations.add(new FieldViolation(field, "is required"));
            } else if (value < MIN_SCORE || value > MAX_SCORE) {
                violations.add(new FieldViolation(field, "must be between " + MIN_SCORE + " and " + MAX_SCORE));
            }
        }

        /** The four marks as a share of the best possible, 0–100, two decimals. */
        public BigDecimal percent() {
            int sum = informationAccuracy + correctResolution + attitude + courtesy;
            return BigDecimal.valueOf(100L * (sum - 4L * MIN_SCORE))
                    .divide(BigDecimal.valueOf(4L * (MAX_SCORE - MIN_SCORE)), 2, RoundingMode.HALF_UP);
        }
    }

    /**
     * @param interactionAt when the interaction happened; not after {@code at}
     * @throws BusinessRuleViolationException naming {@code reviewee} when the reviewer reviews themselves
     */
    public static QaReview record(String id, String reviewee, String reviewer, String complaintNumber,
                                  Instant interactionAt, Scores scores, String comments, Instant at) {
        List<FieldViolation> violations = new ArrayList<>();
        if (reviewee == null || reviewee.isBlank()) {
            violations.add(new FieldViolation("reviewee", "is required"));
        }
        if (complaintNumber == null || complaintNumber.isBlank()) {
            violations.add(new FieldViolation("complaintNumber", "is required"));
        }
        if (interactionAt != null && interactionAt.isAfter(at)) {
            violations.add(new FieldViolation("interactionAt", "must not be in the future"));
        }
        if (comments != null && comments.length() > MAX_COMMENTS) {
            violations.add(new FieldViolation("comments", "must be at most " + MAX_COMMENTS + " characters"));
        }
        if (scores == null) {
            violations.add(new FieldViolation("scores", "is required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (reviewee.strip().equals(reviewer)) {
            throw new BusinessRuleViolationException("Nobody reviews their own service",
                    List.of(new FieldViolation("reviewee", "must not be the reviewer")));
        }
        return new QaReview(id, reviewee.strip(), reviewer, complaintNumber.strip(),
                interactionAt == null ? at : interactionAt, scores,
                comments == null || comments.isBlank() ? null : comments.strip(), at);
    }

    public String id() { return id; }
    public String reviewee() { return reviewee; }
    public String reviewer() { return reviewer; }
    public String complaintNumber() { return complaintNumber; }
    public Instant interactionAt() { return interactionAt; }
    public Scores scores() { return scores; }
    public String comments() { return comments; }
    public Instant reviewedAt() { return reviewedAt; }
}
