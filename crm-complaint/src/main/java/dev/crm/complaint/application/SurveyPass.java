package dev.crm.complaint.application;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.complaint.api.SurveyKind;
import dev.crm.complaint.api.SurveyStatus;
import dev.crm.complaint.domain.ReturnVisit;
import dev.crm.complaint.domain.Survey;
import dev.crm.complaint.persistence.ReturnVisitRepository;
import dev.crm.core.api.OutboundMessageDraft;
import dev.crm.core.api.Outbox;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * One pass of survey housekeeping, safe on every node at once:
 * <ol>
 * <li>surveys past their validity become EXPIRED. Each is claimed by its version check: the node
 * whose save wins expires it and does the follow-on work (cancelling its return visit, telling the
 * complaint's owner); the others' saves fail and they move on;</li>
 * <li>repairs of what a crash can leave half done: answers not yet taken by their complaint,
 * resolutions without a survey, links stored but maybe never queued (all idempotent).</li>
 * </ol>
 * Tests run it with the instants they choose.
 */
@Component
public class SurveyPass {

    private final MongoOperations mongo;
    private final ReturnVisitRepository visits;
    private final SurveyDelivery delivery;
    private final SurveyAnswers answers;
    private final SurveyProperties properties;
    private final Outbox outbox;

    SurveyPass(MongoOperations mongo, ReturnVisitRepository visits, SurveyDelivery delivery, SurveyAnswers answers,
               SurveyProperties properties, Outbox outbox) {
        this.mongo = mongo;
        this.visits = visits;
        this.delivery = delivery;
        this.answers = answers;
        this.properties = properties;
        this.outbox = outbox;
    }

    /** What one pass did. */
    public record Report(int expired, int outcomesTaken, int surveysOpened, int linksReissued) {
    }

    public Report run(Instant now) {
        int batch = properties.passBatch();
        int expired = expire(now, batch);
        int taken = answers.takeMissingOutcomes(now, batch);
        int opened = delivery.openMissing(now, batch);
        int reissued = delivery.deliverPending(now, batch);
        return new Report(expired, taken, opened, reissued);
    }

    private int expire(Instant now, int batch) {
        Query due = Query.query(where("status").in(SurveyStatus.PENDING, SurveyStatus.SENT)
                .and("expiresAt").lte(now)).with(Sort.by("expiresAt")).limit(batch);
        due.fields().include("_id");
        List<Object> ids = mongo.find(due, Document.class, "surveys").stream().map(d -> d.get("_id")).toList();
        int expired = 0;
        for (Object id : ids) {
            Survey survey = mongo.findById(id, Survey.class);
            if (survey == null || !survey.expire(now)) {
                continue;
            }
            try {
                mongo.save(survey);
            } catch (OptimisticLockingFailureException anotherNodeOrAnAnswer) {
                continue;
            }
            expired++;
            visits.findBySurveyId(survey.getId())
                    .filter(visit -> visit.cancel("survey expired unanswered", now))
                    .ifPresent(this::saveQuietly);
            if (survey.getKind() == SurveyKind.POST_RESOLUTION) {
                tellOwner(survey);
            }
        }
        return expired;
    }

    /** The complaint still needs a follow-up outcome: its owner closes it or calls the customer. */
    private void tellOwner(Survey survey) {
        String recipient = survey.getAgent() == null ? "queue:unassigned" : survey.getAgent();
        outbox.enqueue(new OutboundMessageDraft(SlaNotifications.CHANNEL, recipient,
                survey.getComplaintNumber() + ": satisfaction survey expired unanswered", null,
                "Nobody answered the satisfaction survey of complaint " + survey.getComplaintNumber()
                        + ". Record the follow-up outcome when closing it (a return visit, or no answer).",
                Map.of(), "survey-expired:" + survey.getId(), "Complaint", survey.getComplaintNumber()));
    }

    private void saveQuietly(ReturnVisit visit) {
        try {
            mongo.save(visit);
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            // the agent recorded a call meanwhile; the next look at it sees its survey expired
        }
    }
}
