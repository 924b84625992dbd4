package dev.crm.training.application;

import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.DuplicateRecordException;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.training.domain.Enrolment;
import dev.crm.training.domain.ReactionSurvey;
import dev.crm.training.persistence.EnrolmentRepository;
import dev.crm.training.persistence.ReactionSurveyRepository;
import java.time.Clock;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** Reaction surveys (Kirkpatrick level 1): the participant answers once, after completing the course. */
@Service
public class ReactionSurveys {

    private final ReactionSurveyRepository surveys;
    private final EnrolmentRepository enrolments;
    private final CurrentStaff currentStaff;
    private final AuditLog auditLog;
    private final Clock clock;

    ReactionSurveys(ReactionSurveyRepository surveys, EnrolmentRepository enrolments, CurrentStaff currentStaff,
                    AuditLog auditLog, Clock clock) {
        this.surveys = surveys;
        this.enrolments = enrolments;
        this.currentStaff = currentStaff;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * @throws AccessDeniedException when the caller is not the enrolled person
     * @throws DuplicateRecordException when the enrolment was answered before (also under a race: the id is the enrolment's)
     */
    public ReactionSurvey answer(String enrolmentId, ReactionSurvey.Ratings ratings, String comment) {
        Enrolment enrolment = enrolments.findById(enrolmentId)
                .orElseThrow(() -> new RecordNotFoundException("enrolment", enrolmentId));
        String by = currentStaff.username();
        if (!enrolment.staff().equals(by)) {
            throw new AccessDeniedException("only the participant answers the reaction survey");
        }
        if (surveys.existsById(enrolmentId)) {
            throw new DuplicateRecordException("reaction survey", "enrolmentId", enrolmentId);
        }
        ReactionSurvey survey = ReactionSurvey.answer(enrolment, ratings, comment, clock.instant());
        try {
            survey = surveys.insert(survey);
        } catch (DuplicateKeyException race) {
            throw new DuplicateRecordException("reaction survey", "enrolmentId", enrolmentId);
        }
        auditLog.record(new AuditEvent(by, "training.reaction-answered", "Enrolment", enrolmentId,
                Map.of("course", enrolment.courseCode())));
        return survey;
    }
}
