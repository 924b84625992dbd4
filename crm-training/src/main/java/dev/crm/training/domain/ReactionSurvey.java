package dev.crm.training.domain;

import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A participant's reaction to a course they completed (Kirkpatrick level 1): three ratings 1–5 and a
 * comment. Its id is the enrolment's, so each enrolment is answered at most once, whatever the races.
 */
@Document("training_reactions")
public class ReactionSurvey {

    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;
    static final int MAX_COMMENT = 2000;

    /** = the enrolment id. */
    @Id
    private final String enrolmentId;
    private final String staff;
    @Indexed
    private final String courseCode;
    private final int courseRevision;
    private final Ratings ratings;
    private final String comment;
    private final Instant answeredAt;

    ReactionSurvey(String enrolmentId, String staff, String courseCode, int courseRevision, Ratings ratings,
                   String comment, Instant answeredAt) {
        this.enrolmentId = enrolmentId;
        this.staff = staff;
        this.courseCode = courseCode;
        this.courseRevision = courseRevision;
        this.ratings = ratings;
        this.comment = comment;
        this.answeredAt = answeredAt;
    }

    /** How relevant the content was, how well it was delivered, how much of it the participant can use. */
    public record Ratings(Integer relevance, Integer delivery, Integer applicability) {

        public Ratings {
            List<FieldViolation> violations = new ArrayList<>();
            check("ratings.relevance", relevance, violations);
            check("ratings.delivery", delivery, violations);
            check("ratings.applicability", applicability, violations);
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
        }

        private static void check(String field, Integer value, List<FieldViolation> violations) {
            if (value == null) {
                violations.add(new FieldViolation(field, "is required"));
            } else if (value < MIN_RATING || value > MAX_RATING) {
                violations.add(new FieldViolation(field, "must be between " + MIN_RATING + " and " + MAX_RATING));
            }
        }
    }

    /**
     * Only the enrolled person answers (the caller checks who asks).
     *
     * @throws BusinessRuleViolationException naming
     *         {@code enrolmentId} when the enrolment is not completed
     */
    public static ReactionSurvey answer(Enrolment enrolment, Ratings ratings, String comment, Instant at) {
        if (ratings == null) {
            throw new InvalidInputException("ratings", "is required");
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new InvalidInputException("comment", "must be at most " + MAX_COMMENT + " characters");
        }
        if (enrolment.status() != EnrolmentStatus.COMPLETED) {
            throw new BusinessRuleViolationException("A reaction survey follows the completed training",
                    List.of(new FieldViolation("enrolmentId", "the enrolment is " + enrolment.status())));
        }
        return new ReactionSurvey(enrolment.id(), enrolment.staff(), enrolment.courseCode(),
                enrolment.courseRevision(), ratings, comment == null || comment.isBlank() ? null : comment.strip(), at);
    }

    public String enrolmentId() { return enrolmentId; }
    public String staff() { return staff; }
    public String courseCode() { return courseCode; }
    public int courseRevision() { return courseRevision; }
    public Ratings ratings() { return ratings; }
    public String comment() { return comment; }
    public Instant answeredAt() { return answeredAt; }
}
