package dev.crm.training.application;

import dev.crm.complaint.api.ComplaintLookup;
import dev.crm.complaint.api.ComplaintLookup.ComplaintOutline;
import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.core.api.ResultPage;
import dev.crm.training.domain.QaReview;
import dev.crm.training.persistence.QaReviewRepository;
import dev.crm.training.persistence.StaffProfileRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * QA reviews of people's service interactions (Kirkpatrick level 3): written by supervisors and HR
 * (the web layer admits only them), never by the reviewee; read under {@link ResultsPrivacy}.
 */
@Service
public class QaReviews {

    private final QaReviewRepository reviews;
    private final StaffProfileRepository profiles;
    private final ComplaintLookup complaints;
    private final ResultsPrivacy privacy;
    private final CurrentStaff currentStaff;
    private final AuditLog auditLog;
    private final Clock clock;

    QaReviews(QaReviewRepository reviews, StaffProfileRepository profiles, ComplaintLookup complaints,
              ResultsPrivacy privacy, CurrentStaff currentStaff, AuditLog auditLog, Clock clock) {
        this.reviews = reviews;
        this.profiles = profiles;
        this.complaints = complaints;
        this.privacy = privacy;
        this.currentStaff = currentStaff;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * @param interactionAt when the reviewed interaction happened; null: the complaint's receipt
     * @throws BusinessRuleViolationException naming {@code reviewee} (no profile, or the reviewer) or
     *         {@code complaintNumber} (no such complaint)
     */
    public QaReview record(String reviewee, String complaintNumber, Instant interactionAt, QaReview.Scores scores,
                           String comments) {
        Instant now = clock.instant();
        String reviewer = currentStaff.username();
        QaReview checked = QaReview.record(UUID.randomUUID().toString(), reviewee, reviewer, complaintNumber,
                interactionAt == null ? now : interactionAt, scores, comments, now);
        if (!profiles.existsById(checked.reviewee())) {
            throw refused("reviewee", "no staff profile '" + checked.reviewee() + "'");
        }
        ComplaintOutline complaint = complaints.find(checked.complaintNumber())
                .orElseThrow(() -> refused("complaintNumber", "no complaint '" + checked.complaintNumber() + "'"));
        QaReview review = interactionAt != null ? checked : QaReview.record(checked.id(), checked.reviewee(),
                reviewer, complaint.number(), complaint.receivedAt(), scores, comments, now);
        QaReview saved = reviews.insert(review);
        auditLog.record(new AuditEvent(reviewer, "training.qa-reviewed", "QaReview", saved.id(),
                Map.of("reviewee", saved.reviewee(), "complaint", saved.complaintNumber())));
        return saved;
    }

    public QaReview get(String id) {
        QaReview review = reviews.findById(id).orElseThrow(() -> new RecordNotFoundException("QA review", id));
        privacy.requireMaySee(review.reviewee());
        return review;
    }

    /** A person's reviews, latest interaction first. */
    public ResultPage<QaReview> of(String reviewee, PageQuery query) {
        privacy.requireMaySee(reviewee);
        Page<QaReview> page = reviews.findByReviewee(reviewee, PageRequest.of(query.page(), query.size(),
                Sort.by(Sort.Order.desc("interactionAt"), Sort.Order.asc("_id"))));
        return new ResultPage<>(page.getContent(), query.page(), query.size(), page.getTotalElements());
    }

    private static BusinessRuleViolationException refused(String field, String message) {
        return new BusinessRuleViolationException("The review refers to something unknown",
                List.of(new FieldViolation(field, message)));
    }
}
