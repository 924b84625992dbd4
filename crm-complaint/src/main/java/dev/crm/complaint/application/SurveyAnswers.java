package dev.crm.complaint.application;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.complaint.api.SurveyKind;
import dev.crm.complaint.api.SurveyStatus;
import dev.crm.complaint.domain.Complaint;
import dev.crm.complaint.domain.ReturnVisit;
import dev.crm.complaint.domain.Survey;
import dev.crm.complaint.domain.SurveyAnswer;
import dev.crm.complaint.domain.SurveyEffect;
import dev.crm.complaint.domain.SurveyToken;
import dev.crm.complaint.persistence.ComplaintRepository;
import dev.crm.complaint.persistence.ReturnVisitRepository;
import dev.crm.complaint.persistence.SurveyRepository;
import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.IllegalStateTransitionException;
import dev.crm.core.api.OutboundMessageDraft;
import dev.crm.core.api.Outbox;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.core.api.Role;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Takes survey answers: from the customer by the link's token (no account: the token is the
 * credential), and from staff on a return-visit call. The survey is answered once — its version check
 * makes the second of two simultaneous answers a conflict — and the answer then becomes its
 * complaint's follow-up outcome ({@link Complaint#takeSurveyAnswer}). Should that second step fail,
 * the {@link SurveyPass} completes it.
 *
 * <p>An unknown token and a forged one are the same 404: nothing tells a guesser which links exist.
 */
@Service
public class SurveyAnswers {

    private static final Logger log = LoggerFactory.getLogger(SurveyAnswers.class);
    static final String CUSTOMER = "customer";
    private static final int ATTEMPTS = 5;

    private final SurveyRepository surveys;
    private final ReturnVisitRepository visits;
    private final ComplaintRepository complaints;
    private final SurveyKey key;
    private final SurveyProperties properties;
    private final ComplaintProperties complaintProperties;
    private final CurrentStaff currentStaff;
    private final Outbox outbox;
    private final AuditLog auditLog;
    private final MongoOperations mongo;
    private final Clock clock;

    SurveyAnswers(SurveyRepository surveys, ReturnVisitRepository visits, ComplaintRepository complaints,
                  SurveyKey key, SurveyProperties properties, ComplaintProperties complaintProperties,
                  CurrentStaff currentStaff, Outbox outbox, AuditLog auditLog, MongoOperations mongo, Clock clock) {
        this.surveys = surveys;
        this.visits = visits;
        this.complaints = complaints;
        this.key = key;
        this.properties = properties;
        this.complaintProperties = complaintProperties;
        this.currentStaff = currentStaff;
        this.outbox = outbox;
        this.auditLog = auditLog;
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * The survey behind a link, while it can be answered.
     *
     * @throws RecordNotFoundException for a forged or unknown token (404)
     * @throws dev.crm.complaint.domain.SurveyExpiredException past its validity (410)
     * @throws IllegalStateTransitionException when already answered (409)
     */
    public Survey open(String token) {
        Survey survey = byToken(token);
        survey.requireAnswerable(clock.instant());
        return survey;
    }

    /** The customer's answer by link: checks as {@link #open}, then the values (400 naming the field). */
    public Survey answerByLink(String token, BigDecimal csat, BigDecimal nps, String comment) {
        Instant now = clock.instant();
        Survey survey = byToken(token);
        survey.requireAnswerable(now);
        SurveyAnswer answer = SurveyAnswer.of(csat, nps, comment);
        Survey answered = answerOnce(survey, s -> {
            s.answer(answer, "LINK", null, now);
            return s;
        });
        auditLog.record(new AuditEvent(CUSTOMER, "survey.answered", "Survey", answered.getId(),
                Map.of("via", "LINK", "kind", answered.getKind().name())));
        takeOutcome(answered, 1, CUSTOMER);
        return answered;
    }

    /** The answer an agent took on a return-visit call. */
    public ReturnVisit answerReturnVisit(String visitId, BigDecimal csat, BigDecimal nps, String comment) {
        Instant now = clock.instant();
        String by = currentStaff.username();
        ReturnVisit visit = visitToWork(visitId);
        Survey survey = surveyOf(visit);
        // Expired is 410 and answered 409, as for the link; then the visit itself must still be open.
        survey.requireAnswerable(now);
        requireOpen(visit);
        SurveyAnswer answer = SurveyAnswer.of(csat, nps, comment);
        Survey answered = answerOnce(survey, s -> {
            s.answer(answer, "PHONE", by, now);
            return s;
        });
        visit.answered(by, now);
        ReturnVisit saved = visits.save(visit);
        auditLog.record(new AuditEvent(by, "survey.answered", "Survey", answered.getId(),
                Map.of("via", "PHONE", "returnVisit", visitId)));
        takeOutcome(answered, saved.getAttempts().size(), by);
        return saved;
    }

    /**
     * A call that reached no one. After {@code crm.complaint.no-answer-attempts} of them the visit
     * and the survey end as NO_ANSWER and the complaint closes with that outcome.
     */
    public ReturnVisit callUnanswered(String visitId, String note) {
        Instant now = clock.instant();
        String by = currentStaff.username();
        ReturnVisit visit = visitToWork(visitId);
        Survey survey = surveyOf(visit);
        // Expired is 410 and answered 409, as for the link; then the visit itself must still be open.
        survey.requireAnswerable(now);
        requireOpen(visit);
        int required = complaintProperties.noAnswerAttempts();
        int attempt = visit.unanswered(note, by, required, now);
        ReturnVisit saved = visits.save(visit);
        boolean exhausted = saved.getStatus() == ReturnVisit.Status.NO_ANSWER;
        Survey called = answerOnce(survey, s -> {
            s.callUnanswered(now);
            if (exhausted) {
                s.noAnswer(now);
            }
            return s;
        });
        auditLog.record(new AuditEvent(by, "survey.call-unanswered", "Survey", called.getId(),
                Map.of("returnVisit", visitId, "attempt", String.valueOf(attempt))));
        updateComplaint(called.getComplaintNumber(),
                complaint -> complaint.returnVisitUnanswered(attempt, required, by, now));
        if (exhausted) {
            markOutcomeTaken(called, now);
        }
        return saved;
    }

    /**
     * Feeds an answered (or unanswered to the end) post-resolution survey to its complaint; safe to
     * repeat, as the complaint takes each survey's answer once.
     */
    void takeOutcome(Survey survey, int attempts, String by) {
        if (survey.getKind() != SurveyKind.POST_RESOLUTION || survey.getComplaintNumber() == null) {
            return;
        }
        Instant now = clock.instant();
        try {
            if (survey.getStatus() == SurveyStatus.ANSWERED) {
                SurveyAnswer answer = survey.recordedAnswer();
                Optional<SurveyEffect> effect = updateComplaint(survey.getComplaintNumber(), complaint ->
                        complaint.takeSurveyAnswer(survey.getId(), answer, attempts,
                                properties.reopenWhenUnsatisfied(), by, now));
                if (effect.orElse(null) == SurveyEffect.REOPENED) {
                    tellOwnerOfReopening(survey);
                }
                effect.ifPresent(e -> auditLog.record(new AuditEvent(by, "complaint.survey-answer-taken",
                        "Complaint", survey.getComplaintNumber(), Map.of("survey", survey.getId(),
                        "effect", e.name(), "csat", String.valueOf(answer.csat())))));
            } else if (survey.getStatus() == SurveyStatus.NO_ANSWER) {
                int required = complaintProperties.noAnswerAttempts();
                updateComplaint(survey.getComplaintNumber(),
                        complaint -> complaint.returnVisitUnanswered(required, required, by, now));
            } else {
                return;
            }
            markOutcomeTaken(survey, now);
        } catch (RuntimeException failed) {
            // The answer is safe on the survey; the survey pass feeds it to the complaint later.
            log.warn("Survey {} answered, but complaint {} could not take it yet: {}", survey.getId(),
                    survey.getComplaintNumber(), failed.toString());
        }
    }

    /** Repair for the survey pass: answers a crash or a conflict kept from their complaints. */
    int takeMissingOutcomes(Instant now, int batch) {
        Query untaken = Query.query(where("kind").is(SurveyKind.POST_RESOLUTION)
                        .and("status").in(SurveyStatus.ANSWERED, SurveyStatus.NO_ANSWER)
                        .and("outcomeTakenAt").isNull()
                        .and("closedAt").lte(now.minus(SurveyDelivery.SETTLING)))
                .limit(batch);
        int taken = 0;
        for (Survey survey : mongo.find(untaken, Survey.class)) {
            int attempts = visits.findBySurveyId(survey.getId()).map(v -> v.getAttempts().size()).orElse(1);
            takeOutcome(survey, attempts, survey.getAnsweredBy() == null ? CUSTOMER : survey.getAnsweredBy());
            taken++;
        }
        return taken;
    }

    private Survey byToken(String token) {
        if (!SurveyToken.isAuthentic(token, key.bytes())) {
            throw new RecordNotFoundException("survey", "behind this link");
        }
        return surveys.findByTokenHash(SurveyToken.lookupHash(token, key.bytes()))
                .orElseThrow(() -> new RecordNotFoundException("survey", "behind this link"));
    }

    /**
     * Applies the change and saves with the version check. Losing a race means someone answered (or
     * the pass expired it) in between: the fresh survey then says why this answer is refused.
     */
    private Survey answerOnce(Survey survey, Function<Survey, Survey> change) {
        Survey current = survey;
        for (int attempt = 0; ; attempt++) {
            try {
                return surveys.save(change.apply(current));
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                current = surveys.findById(survey.getId()).orElseThrow(() -> changedMeanwhile);
                current.requireAnswerable(clock.instant());
                if (attempt >= ATTEMPTS) {
                    throw changedMeanwhile;
                }
            }
        }
    }

    private <T> Optional<T> updateComplaint(String number, Function<Complaint, T> change) {
        for (int attempt = 0; ; attempt++) {
            Optional<Complaint> complaint = complaints.findByNumber(number);
            if (complaint.isEmpty()) {
                return Optional.empty();
            }
            T result = change.apply(complaint.get());
            try {
                complaints.save(complaint.get());
                return Optional.ofNullable(result);
            } catch (OptimisticLockingFailureException concurrentChange) {
                if (attempt >= ATTEMPTS) {
                    throw concurrentChange;
                }
            }
        }
    }

    private void markOutcomeTaken(Survey survey, Instant now) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Survey current = surveys.findById(survey.getId()).orElse(null);
            if (current == null || current.getOutcomeTakenAt() != null) {
                return;
            }
            current.outcomeTaken(now);
            try {
                surveys.save(current);
                return;
            } catch (OptimisticLockingFailureException concurrentChange) {
                // re-read and try again
            }
        }
    }

    private void tellOwnerOfReopening(Survey survey) {
        String recipient = survey.getAgent() == null ? "queue:unassigned" : survey.getAgent();
        outbox.enqueue(new OutboundMessageDraft(SlaNotifications.CHANNEL, recipient,
                survey.getComplaintNumber() + ": reopened, customer unsatisfied", null,
                "The customer rated the handling of complaint " + survey.getComplaintNumber() + " "
                        + survey.getCsat() + "/5 in the satisfaction survey; the complaint is reopened.",
                Map.of(), "survey-reopened:" + survey.getId(), "Complaint", survey.getComplaintNumber()));
    }

    /** Agents work their own and unassigned visits; supervisors and admins any. */
    private ReturnVisit visitToWork(String visitId) {
        ReturnVisit visit = visits.findById(visitId)
                .orElseThrow(() -> new RecordNotFoundException("return visit", visitId));
        if (!currentStaff.hasRole(Role.ADMIN) && !currentStaff.hasRole(Role.SUPERVISOR)
                && visit.isAssignedToOtherThan(currentStaff.username())) {
            throw new AccessDeniedException("return visit " + visitId + " is assigned to someone else");
        }
        return visit;
    }

    private Survey surveyOf(ReturnVisit visit) {
        return surveys.findById(visit.getSurveyId())
                .orElseThrow(() -> new RecordNotFoundException("survey", visit.getSurveyId()));
    }

    private static void requireOpen(ReturnVisit visit) {
        if (visit.getStatus() != ReturnVisit.Status.OPEN) {
            throw new IllegalStateTransitionException("return visit", visit.getStatus().name(), "record a call on");
        }
    }
}
