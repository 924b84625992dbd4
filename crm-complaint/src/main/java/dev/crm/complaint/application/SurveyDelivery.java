package dev.crm.complaint.application;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.complaint.api.ComplaintState;
import dev.crm.complaint.api.SurveyKind;
import dev.crm.complaint.api.SurveyStatus;
import dev.crm.complaint.application.CustomerUpdates.Route;
import dev.crm.complaint.domain.Complaint;
import dev.crm.complaint.domain.ReturnVisit;
import dev.crm.complaint.domain.Survey;
import dev.crm.complaint.domain.SurveyToken;
import dev.crm.complaint.persistence.ComplaintRepository;
import dev.crm.complaint.persistence.ReturnVisitRepository;
import dev.crm.complaint.persistence.SurveyRepository;
import dev.crm.core.api.BusinessTimeZone;
import dev.crm.core.api.OutboundMessageDraft;
import dev.crm.core.api.Outbox;
import dev.crm.customer.api.CustomerDirectory;
import dev.crm.customer.api.CustomerId;
import dev.crm.customer.api.CustomerView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Puts surveys in front of customers (DOMAIN.md §1.7; 001 §4.3; 003 §3.2). A resolved complaint's
 * customer gets a link on the channel that {@link CustomerUpdates} would answer them on (the channel
 * they wrote from, else their preferred consented one); a customer no channel reaches (phone, post,
 * unknown) gets a phone return visit, a work item for the complaint's owner. Relationship and
 * post-crisis surveys go to the customer's preferred consented channel or not at all.
 *
 * <p>Each survey is stored before its link is queued, under a unique origin (one per resolution, one
 * per campaign and customer), and each message has a dedupe key: a repeat, a retry or a second node
 * sends once. What a crash can leave half done — a resolution without survey, a survey whose link was
 * never queued — the {@link SurveyPass} completes.
 */
@Service
public class SurveyDelivery {

    private static final Logger log = LoggerFactory.getLogger(SurveyDelivery.class);
    static final String SYSTEM = "system";
    /** Work younger than this may still be finishing in the request that started it. */
    static final Duration SETTLING = Duration.ofMinutes(1);

    private final SurveyRepository surveys;
    private final ReturnVisitRepository visits;
    private final ComplaintRepository complaints;
    private final CustomerUpdates customerUpdates;
    private final CustomerDirectory customers;
    private final Outbox outbox;
    private final SurveyKey key;
    private final SurveyProperties properties;
    private final BusinessTimeZone zone;
    private final MongoOperations mongo;
    private final Clock clock;

    SurveyDelivery(SurveyRepository surveys, ReturnVisitRepository visits, ComplaintRepository complaints,
                   CustomerUpdates customerUpdates, CustomerDirectory customers, Outbox outbox, SurveyKey key,
                   SurveyProperties properties, BusinessTimeZone zone, MongoOperations mongo, Clock clock) {
        this.surveys = surveys;
        this.visits = visits;
        this.complaints = complaints;
        this.customerUpdates = customerUpdates;
        this.customers = customers;
        this.outbox = outbox;
        this.key = key;
        this.properties = properties;
        this.zone = zone;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** What a relationship or post-crisis survey did for one customer. */
    public enum CustomerOutcome { SENT, NO_CHANNEL, ALREADY_SURVEYED }

    /**
     * Before a command's write: a complaint just resolved whose customer a channel reaches is asked in
     * that same write (the SURVEY target is met), so the answer's ETag stays the complaint's version.
     */
    void beforeSave(ComplaintState before, Complaint complaint, Instant at) {
        if (justResolved(before, complaint)) {
            customerUpdates.route(complaint).ifPresent(route -> complaint.surveySent(route.channel(), SYSTEM, at));
        }
    }

    /**
     * After a command's write: a resolution gets its survey; a complaint staff closed or reopened
     * themselves needs no return visit any more.
     */
    void afterSave(ComplaintState before, Complaint saved) {
        Instant now = clock.instant();
        if (justResolved(before, saved)) {
            openAfterResolution(saved, now);
        } else if (before != saved.getState()
                && (saved.getState() == ComplaintState.CLOSED || saved.getState() == ComplaintState.REOPENED)) {
            cancelReturnVisits(saved.getNumber(), "complaint " + saved.getState() + " by staff", now);
        }
    }

    /** Opens the survey of the complaint's latest resolution, once; earlier open ones are withdrawn. */
    void openAfterResolution(Complaint complaint, Instant now) {
        String origin = Survey.resolutionOrigin(complaint);
        if (surveys.existsByOrigin(origin)) {
            return;
        }
        withdrawEarlier(complaint.getNumber(), origin, now);
        Instant expires = now.plus(properties.validFor());
        Optional<Route> route = customerUpdates.route(complaint);
        if (route.isPresent()) {
            String token = SurveyToken.issue(key.bytes(), key.random());
            insert(Survey.afterResolution(complaint, route.get().channel(), hash(token), now, expires))
                    .ifPresent(survey -> sendLink(survey, token, route.get(), now));
        } else {
            insert(Survey.afterResolution(complaint, Survey.RETURN_VISIT, null, now, expires))
                    .ifPresent(survey -> openReturnVisit(survey, now));
        }
    }

    /**
     * A relationship or post-crisis survey to one customer through their preferred consented channel;
     * customers no channel reaches are left out (and counted by the caller).
     *
     * @param origin unique per campaign and customer, so running a campaign again asks nobody twice
     */
    public CustomerOutcome openForCustomer(SurveyKind kind, String origin, CustomerView customer, String question,
                                           String campaignId, Instant now) {
        Optional<Route> route = CustomerUpdates.preferredRoute(customer);
        if (route.isEmpty()) {
            return CustomerOutcome.NO_CHANNEL;
        }
        if (surveys.existsByOrigin(origin)) {
            return CustomerOutcome.ALREADY_SURVEYED;
        }
        String token = SurveyToken.issue(key.bytes(), key.random());
        Optional<Survey> survey = insert(Survey.toCustomer(kind, origin, customer.id().value(), question, campaignId,
                route.get().channel(), hash(token), now, now.plus(properties.validFor())));
        survey.ifPresent(s -> sendLink(s, token, route.get(), now));
        return survey.isPresent() ? CustomerOutcome.SENT : CustomerOutcome.ALREADY_SURVEYED;
    }

    /** Return visits made redundant (the complaint was closed or reopened otherwise) end, with their surveys. */
    void cancelReturnVisits(String complaintNumber, String reason, Instant now) {
        for (ReturnVisit visit : visits.findByComplaintNumberAndStatus(complaintNumber, ReturnVisit.Status.OPEN)) {
            if (visit.cancel(reason, now)) {
                saveQuietly(visit);
                surveys.findById(visit.getSurveyId()).filter(survey -> survey.withdraw(now))
                        .ifPresent(this::saveQuietly);
            }
        }
    }

    /** Repair: resolutions of the last validity period that have no survey (the node died in between). */
    int openMissing(Instant now, int batch) {
        Query resolved = Query.query(where("state").is(ComplaintState.RESOLVED)
                        .and("resolvedAt").gte(now.minus(properties.validFor())).lte(now.minus(SETTLING)))
                .with(Sort.by("resolvedAt")).limit(batch);
        resolved.fields().include("_id", "number", "resolvedAt");
        int opened = 0;
        for (Document found : mongo.find(resolved, Document.class, "complaints")) {
            String origin = "complaint:" + found.getString("number") + ":" + found.getDate("resolvedAt").getTime();
            if (!surveys.existsByOrigin(origin)) {
                Optional<Complaint> complaint = complaints.findByNumber(found.getString("number"));
                if (complaint.isPresent() && complaint.get().getState() == ComplaintState.RESOLVED) {
                    openAfterResolution(complaint.get(), now);
                    opened++;
                }
            }
        }
        return opened;
    }

    /**
     * Repair: a link survey still PENDING was stored but its message maybe never queued; it gets a
     * fresh link (the old token, never seen or not, stops working). A return-visit survey without its
     * visit gets one.
     */
    int deliverPending(Instant now, int batch) {
        Query pending = Query.query(where("status").is(SurveyStatus.PENDING)
                        .and("createdAt").gte(now.minus(properties.validFor())).lte(now.minus(SETTLING)))
                .with(Sort.by("createdAt")).limit(batch);
        int repaired = 0;
        for (Survey survey : mongo.find(pending, Survey.class)) {
            if (survey.isReturnVisit()) {
                if (visits.findBySurveyId(survey.getId()).isEmpty()) {
                    openReturnVisit(survey, now);
                    repaired++;
                }
                continue;
            }
            Optional<Route> route = routeOf(survey);
            if (route.isEmpty()) {
                // The customer withdrew consent meanwhile: the survey is not sent at all.
                if (survey.withdraw(now)) {
                    saveQuietly(survey);
                }
                continue;
            }
            String token = SurveyToken.issue(key.bytes(), key.random());
            survey.reissue(hash(token));
            try {
                Survey saved = surveys.save(survey);
                sendLink(saved, token, route.get(), now);
                repaired++;
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                log.debug("Survey {} changed while its link was re-issued; left for the next pass", survey.getId());
            }
        }
        return repaired;
    }

    String hash(String token) {
        return SurveyToken.lookupHash(token, key.bytes());
    }

    private Optional<Route> routeOf(Survey survey) {
        if (survey.getKind() == SurveyKind.POST_RESOLUTION) {
            return complaints.findByNumber(survey.getComplaintNumber()).flatMap(customerUpdates::route);
        }
        return survey.getCustomerId() == null ? Optional.empty()
                : customers.find(new CustomerId(survey.getCustomerId())).flatMap(CustomerUpdates::preferredRoute);
    }

    private void withdrawEarlier(String complaintNumber, String origin, Instant now) {
        List<Survey> open = surveys.findByComplaintNumberAndStatusIn(complaintNumber,
                List.of(SurveyStatus.PENDING, SurveyStatus.SENT));
        for (Survey earlier : open) {
            if (!earlier.getOrigin().equals(origin) && earlier.withdraw(now)) {
                saveQuietly(earlier);
                visits.findBySurveyId(earlier.getId()).filter(visit -> visit.cancel("a later resolution is surveyed",
                        now)).ifPresent(this::saveQuietly);
            }
        }
    }

    private void sendLink(Survey survey, String token, Route route, Instant now) {
        Map<String, String> attributes = new HashMap<>(Map.of("kind", "survey"));
        if (route.threadId() != null) {
            attributes.put("thread-id", route.threadId());
        }
        String link = properties.link(token);
        String until = LocalDate.ofInstant(survey.getExpiresAt(), zone.zone()).toString();
        String subject;
        String body;
        if (survey.getKind() == SurveyKind.POST_RESOLUTION) {
            subject = "How did we handle your complaint " + survey.getComplaintNumber() + "?";
            body = "Your complaint " + survey.getComplaintNumber() + " has been resolved. Please tell us how "
                    + "satisfied you are with how we handled it; it takes a minute:\n\n" + link
                    + "\n\nThe link is yours alone and can be used once, until " + until + ".";
        } else {
            subject = survey.getKind() == SurveyKind.RELATIONSHIP ? "How are we doing?" : "How did we do?";
            body = survey.getQuestion() + "\n\nTell us in a minute:\n\n" + link
                    + "\n\nThe link is yours alone and can be used once, until " + until + ".";
        }
        boolean aboutComplaint = survey.getComplaintNumber() != null;
        outbox.enqueue(new OutboundMessageDraft(route.channel(), route.recipient(), subject, null, body, attributes,
                "survey:" + survey.getId() + ":" + survey.getTokenIssues(),
                aboutComplaint ? "Complaint" : "Survey",
                aboutComplaint ? survey.getComplaintNumber() : survey.getId()));
        survey.sent(now);
        saveQuietly(survey);
    }

    private void openReturnVisit(Survey survey, Instant now) {
        ReturnVisit visit;
        try {
            visit = visits.insert(ReturnVisit.forSurvey(survey, now));
        } catch (DuplicateKeyException alreadyOpen) {
            return;
        }
        String assignee = visit.getAssignee() == null ? "queue:unassigned" : visit.getAssignee();
        outbox.enqueue(new OutboundMessageDraft(SlaNotifications.CHANNEL, assignee,
                visit.getComplaintNumber() + ": return visit due", null,
                "Complaint " + visit.getComplaintNumber() + " is resolved and no channel reaches its customer. Call "
                        + "them by " + visit.getDueAt() + " and record their satisfaction (return visit "
                        + visit.getId() + ").", Map.of(), "return-visit:" + visit.getId(), "Complaint",
                visit.getComplaintNumber()));
    }

    private Optional<Survey> insert(Survey survey) {
        try {
            return Optional.of(surveys.insert(survey));
        } catch (DuplicateKeyException sameOrigin) {
            return Optional.empty();
        }
    }

    private void saveQuietly(Object aggregate) {
        try {
            mongo.save(aggregate);
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            // Someone else moved it on (answered, expired): their state stands.
            log.debug("{} changed meanwhile; keeping the other change", aggregate.getClass().getSimpleName());
        }
    }

    private static boolean justResolved(ComplaintState before, Complaint complaint) {
        return before != ComplaintState.RESOLVED && complaint.getState() == ComplaintState.RESOLVED;
    }
}
