package dev.crm.complaint.domain;

import static dev.crm.complaint.api.ComplaintState.ACCEPTED;
import static dev.crm.complaint.api.ComplaintState.ARCHIVED;
import static dev.crm.complaint.api.ComplaintState.ASSESSED;
import static dev.crm.complaint.api.ComplaintState.CLOSED;
import static dev.crm.complaint.api.ComplaintState.FOLLOW_UP;
import static dev.crm.complaint.api.ComplaintState.IN_PROGRESS;
import static dev.crm.complaint.api.ComplaintState.ON_HOLD;
import static dev.crm.complaint.api.ComplaintState.REGISTERED;
import static dev.crm.complaint.api.ComplaintState.REOPENED;
import static dev.crm.complaint.api.ComplaintState.RESOLVED;

import dev.crm.complaint.api.AttachmentRef;
import dev.crm.complaint.api.ComplaintAction;
import dev.crm.complaint.api.Channel;
import dev.crm.complaint.api.ComplaintKind;
import dev.crm.complaint.api.ComplaintRegistration;
import dev.crm.complaint.api.ComplaintState;
import dev.crm.complaint.api.ComplaintType;
import dev.crm.complaint.api.ContactForm;
import dev.crm.complaint.api.Grade;
import dev.crm.complaint.api.ImpactScope;
import dev.crm.complaint.api.Milestone;
import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.IllegalStateTransitionException;
import dev.crm.core.api.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.Getter;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A complaint (or service request, or feedback item) and everything that happened to it. One
 * document, so every state change is one atomic write guarded by {@code @Version}; transitions
 * happen only through the command methods here, each recording who, when, from, to and why
 * (DOMAIN.md §1.4), and each keeping the SLA clocks in step (§1.5).
 */
@Getter
@Document("complaints")
@CompoundIndexes({
        // The escalation pass asks for "open, due by now, oldest first": served by this index on MongoDB.
        @CompoundIndex(name = "next_due", def = "{'nextDueAt': 1}", sparse = true),
        @CompoundIndex(name = "queue", def = "{'state': 1, 'owner': 1, 'queueKey': 1}"),
        // The archive register, filed chronologically; and the retention job's "closed before".
        @CompoundIndex(name = "archive_register", def = "{'state': 1, 'archivedAt': 1}"),
        @CompoundIndex(name = "retention", def = "{'state': 1, 'closedAt': 1}"),
        // The KPI pipelines match on a receipt range first, for everyone or for one owner (agent figures).
        @CompoundIndex(name = "kpi_received", def = "{'receivedAt': 1}"),
        @CompoundIndex(name = "kpi_owner_received", def = "{'owner': 1, 'receivedAt': 1}"),
        // The findings feed to training reads findings after a cursor, in the order they were recorded.
        @CompoundIndex(name = "findings_feed", def = "{'findings.recordedAt': 1}", sparse = true)
})
public class Complaint {

    private static final Set<ComplaintState> ASSIGNABLE = EnumSet.of(ASSESSED, IN_PROGRESS, ON_HOLD, REOPENED);
    private static final Set<ComplaintState> ASSESSABLE = EnumSet.of(ACCEPTED, ASSESSED, IN_PROGRESS, REOPENED);
    private static final Set<ComplaintState> REOPENABLE = EnumSet.of(RESOLVED, FOLLOW_UP, CLOSED);
    /**
     * The states each lifecycle command may start from: the commands below check it, and
     * {@link #legalActions()} reads it, so what is offered and what is allowed cannot drift apart.
     */
    private static final Map<ComplaintAction, Set<ComplaintState>> LEGAL_FROM = legalFrom();
    /** A finding is about a classified case (the remedial course follows its type), until it is archived. */
    private static final Set<ComplaintState> FINDING_STATES = EnumSet.of(ASSESSED, IN_PROGRESS, ON_HOLD, RESOLVED,
            FOLLOW_UP, CLOSED, REOPENED);
    /** Goodwill follows handling (001 §4.3): not before it starts, and an archived record is final. */
    private static final Set<ComplaintState> GOODWILL_STATES = EnumSet.of(IN_PROGRESS, ON_HOLD, RESOLVED, FOLLOW_UP,
            CLOSED, REOPENED);
    public static final String ANONYMISED = "[anonymised]";
    public static final String UNSATISFIED_NOTE = "customer unsatisfied (survey)";
    static final Instant NOTHING_DUE = Instant.parse("9999-12-31T23:59:59Z");

    @Id
    private final String id;
    @Indexed(unique = true)
    private final String number;
    private final ComplaintKind kind;
    private final Channel channel;
    private final ContactForm form;
    private final Instant receivedAt;
    private final Instant registeredAt;
    private final String registeredBy;
    @Indexed
    private String customerId;
    private String contactHint;
    private String description;
    private String customerDemand;
    private String expectedResult;
    private final Instant occurredAt;
    private final ImpactScope impactScope;
    private String productReference;
    private final String productCategory;
    private List<AttachmentRef> attachments;
    private String threadId;
    /** {@code channel:messageId} of the inbound message that opened it: a redelivery registers nothing. */
    @Indexed(unique = true, sparse = true)
    private String sourceMessageId;
    private ComplaintState state;
    private Grade grade;
    private ComplaintType type;
    private String handlingPlan;
    private String owner;
    private Assignment assignment;
    private String solution;
    private String customerNotifiedVia;
    private Instant resolvedAt;
    private FollowUpOutcome followUpOutcome;
    private SlaClock sla;
    private Instant nextDueAt;
    /** {@code nextDueAt}, or far in the future when nothing is due: agents' queues sort on it. */
    private Instant queueKey;
    private List<Transition> transitions;
    private List<SlaEvent> slaEvents;
    private List<ComplaintMessage> messages;
    @Version
    private Long version;
    /**
     * The customer's value tier when the complaint arrived (null: unknown). The service promise
     * is fixed at intake: a tier change while the case is open does not move its SLA targets.
     */
    private String customerTier;
    /** Whether the customer's loyalty level gave priority service at intake; fixed like the tier. */
    private Boolean priorityService;
    /** When it was last closed (null while open): the retention of service records counts from here. */
    private Instant closedAt;
    private Instant archivedAt;
    /** Its number in the archive register ({@code A-2026-000001}), given when it is filed. */
    @Indexed(unique = true, sparse = true)
    private String archiveNumber;
    /** When retention removed its personal data; the statistics stay. */
    private Instant anonymisedAt;
    private List<Goodwill> goodwill = new ArrayList<>();
    private List<SurveyScore> surveyScores = new ArrayList<>();
    /** Who was found at fault (or cleared), by a supervisor; training assigns remedial courses from these. */
    private List<Finding> findings = new ArrayList<>();
    /**
     * The number of the earlier complaint of the same customer and type that this one repeats
     * (DOMAIN.md §1.8); null when it is not a repeat. KPIs count repeat complaints by it.
     */
    private String repeatOf;
    /** The number of the problem record this complaint is linked to, if any (one at a time). */
    private String problemId;
    /**
     * Set in the same write that gives the complaint a (new) type: problem detection has still to
     * look at it. A durable to-do, so a crash between the assessment and detection loses nothing.
     */
    @Indexed(name = "problem_check", sparse = true)
    private Boolean problemCheckDue;

    @PersistenceCreator
    Complaint(String id, String number, ComplaintKind kind, Channel channel, ContactForm form, Instant receivedAt,
              Instant registeredAt, String registeredBy, String customerId, String contactHint, String description,
              String customerDemand, String expectedResult, Instant occurredAt, ImpactScope impactScope,
              String productReference, String productCategory, List<AttachmentRef> attachments, String threadId,
              String sourceMessageId,
              ComplaintState state, Grade grade,
              ComplaintType type, String handlingPlan, String owner, Assignment assignment, String solution,
              String customerNotifiedVia, Instant resolvedAt, FollowUpOutcome followUpOutcome, SlaClock sla,
              Instant nextDueAt, Instant queueKey, List<Transition> transitions, List<SlaEvent> slaEvents,
              List<ComplaintMessage> messages, Long version) {
        this.id = id;
        this.number = number;
        this.kind = kind;
        this.channel = channel;
        this.form = form;
        this.receivedAt = receivedAt;
        this.registeredAt = registeredAt;
        this.registeredBy = registeredBy;
        this.customerId = customerId;
        this.contactHint = contactHint;
        this.description = description;
        this.customerDemand = customerDemand;
        this.expectedResult = expectedResult;
        this.occurredAt = occurredAt;
        this.impactScope = impactScope;
        this.productReference = productReference;
        this.productCategory = productCategory;
        this.attachments = attachments == null ? List.of() : List.copyOf(attachments);
        this.threadId = threadId;
        this.sourceMessageId = sourceMessageId;
        this.state = state;
        this.grade = grade;
        this.type = type;
        this.handlingPlan = handlingPlan;
        this.owner = owner;
        this.assignment = assignment;
        this.solution = solution;
        this.customerNotifiedVia = customerNotifiedVia;
        this.resolvedAt = resolvedAt;
        this.followUpOutcome = followUpOutcome;
        this.sla = sla == null ? SlaClock.NONE : sla;
        this.nextDueAt = nextDueAt;
        this.queueKey = queueKey;
        this.transitions = transitions == null ? new ArrayList<>() : new ArrayList<>(transitions);
        this.slaEvents = slaEvents == null ? new ArrayList<>() : new ArrayList<>(slaEvents);
        this.messages = messages == null ? new ArrayList<>() : new ArrayList<>(messages);
        this.version = version;
    }

    /**
     * Registers a complaint under its number and starts its SLA clocks at receipt. Receipt defaults
     * to registration time; a missing form follows from the channel (a call is oral, a letter
     * written, the rest electronic). Registering late is itself a breach of the REGISTER target.
     *
     * @throws InvalidInputException when {@link RegistrationPolicy} refuses the registration
     */
    public static Complaint register(String number, ComplaintRegistration registration, String customerId,
                                     ChannelOrigin origin, String by, Instant now, SlaSettings sla) {
        var violations = RegistrationPolicy.check(registration, now);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Instant receivedAt = registration.receivedAt() == null ? now : registration.receivedAt();
        ContactForm form = registration.form() == null ? formOf(registration.channel()) : registration.form();
        ComplaintKind kind = registration.kind() == null ? ComplaintKind.COMPLAINT : registration.kind();
        Complaint complaint = new Complaint(null, number, kind, registration.channel(), form, receivedAt, now, by,
                customerId, strip(registration.contactHint()), registration.description().strip(),
                registration.customerDemand().strip(), strip(registration.expectedResult()),
                registration.occurredAt(), registration.impactScope(), strip(registration.productReference()),
                strip(registration.productCategory()), registration.attachments(), origin == null ? null : origin.threadId(),
                origin == null ? null : origin.sourceMessageId(), REGISTERED, null, null, null, null, null, null,
                null, null, null, SlaClock.NONE, null, NOTHING_DUE, List.of(), List.of(), List.of(), null);
        complaint.transitions.add(new Transition(null, REGISTERED, by, now,
                "registered from " + registration.channel()));
        complaint.customerTier = sla.customerTier();
        complaint.priorityService = sla.priorityService();
        complaint.replan(sla, now, "registered");
        complaint.meet(Milestone.REGISTER, now);
        return complaint;
    }

    /** Accept first, then handle (001 §3.2): the first to accept becomes the owner (§1.2). */
    public void accept(String by, Instant at) {
        requireState("accept", LEGAL_FROM.get(ComplaintAction.ACCEPT));
        if (owner == null) {
            owner = by;
        }
        move(ACCEPTED, by, at, "accepted; owner " + owner);
        meet(Milestone.ACCEPT, at);
    }

    /** Classifies and grades; the SLA deadlines follow the new grade and type (history kept). */
    public void assess(Grade grade, ComplaintType type, String plan, String by, Instant at, SlaSettings sla) {
        requireState("assess", LEGAL_FROM.get(ComplaintAction.ASSESS));
        List<FieldViolation> missing = new ArrayList<>();
        if (grade == null) {
            missing.add(new FieldViolation("grade", "is required to assess"));
        }
        if (type == null) {
            missing.add(new FieldViolation("type", "is required to assess"));
        }
        if (!missing.isEmpty()) {
            throw new BusinessRuleViolationException("An assessment needs a grade and a type", missing);
        }
        boolean changed = grade != this.grade || type != this.type;
        if (type != this.type) {
            problemCheckDue = Boolean.TRUE;
        }
        this.grade = grade;
        this.type = type;
        this.handlingPlan = strip(plan);
        ComplaintState to = state == ACCEPTED ? ASSESSED : state;
        move(to, by, at, "assessed " + grade + " / " + type);
        if (changed) {
            replan(sla, at, "assessed " + grade + " / " + type);
        }
        meet(Milestone.ANALYSIS, at);
    }

    /** Hands handling to a person, a department or a third party; the owner stays accountable. */
    public void assign(Assignment assignment, String by, Instant at) {
        requireState("assign", LEGAL_FROM.get(ComplaintAction.ASSIGN));
        if (assignment == null || assignment.isEmpty()) {
            throw new BusinessRuleViolationException("An assignment names a handler, a department or a third party",
                    List.of(new FieldViolation("handler", "handler, department or thirdPartyKind is required")));
        }
        this.assignment = assignment;
        move(state, by, at, "assigned to " + assignment.describe());
    }

    public void start(String by, Instant at) {
        requireState("start", LEGAL_FROM.get(ComplaintAction.START));
        if (assignment == null || assignment.isEmpty()) {
            throw new BusinessRuleViolationException("Assign the complaint before handling starts",
                    List.of(new FieldViolation("assignment", "is required to start handling")));
        }
        move(IN_PROGRESS, by, at, "handling started");
        meet(Milestone.FIRST_RESPONSE, at);
    }

    /** A response to the customer; the first one meets the FIRST_RESPONSE target. */
    public void respond(String text, String via, String by, Instant at) {
        requireOpen("respond");
        if (text == null || text.isBlank()) {
            throw new BusinessRuleViolationException("A response needs its text",
                    List.of(new FieldViolation("text", "is required")));
        }
        messages.add(new ComplaintMessage(ComplaintMessage.Direction.TO_CUSTOMER, via, null, by, text.strip(), at));
        meet(Milestone.FIRST_RESPONSE, at);
    }

    /** Appends a customer's message arriving on a channel; a redelivered message is ignored. */
    public boolean receiveMessage(String channelId, String externalId, String author, String text, Instant at) {
        requireOpen("append a message to");
        if (externalId != null && messages.stream().anyMatch(m -> externalId.equals(m.externalId()))) {
            return false;
        }
        messages.add(new ComplaintMessage(ComplaintMessage.Direction.FROM_CUSTOMER, channelId, externalId, author,
                text, at));
        return true;
    }

    /** Puts handling on hold (waiting for the customer); only when the policy lets the clock pause. */
    public void hold(String reason, String by, Instant at) {
        requireState("put on hold", LEGAL_FROM.get(ComplaintAction.HOLD));
        if (!sla.allowsPause()) {
            throw new BusinessRuleViolationException("The SLA policy of this complaint does not allow pausing");
        }
        requireText(reason, "reason", "Putting on hold needs a reason");
        move(ON_HOLD, by, at, reason.strip());
        sla = sla.pause(at);
        dueNext(sla.nextDueAt().orElse(null));
    }

    public void resume(String by, Instant at) {
        requireState("resume", LEGAL_FROM.get(ComplaintAction.RESUME));
        move(IN_PROGRESS, by, at, "resumed");
        sla = sla.resume(at);
        dueNext(sla.nextDueAt().orElse(null));
    }

    /**
     * No resolution without a recorded solution and a customer notification (DOMAIN.md §1.4). The
     * survey clock starts here.
     */
    public void resolve(String solution, String customerNotifiedVia, String by, Instant at, SlaSettings sla) {
        requireState("resolve", LEGAL_FROM.get(ComplaintAction.RESOLVE));
        List<FieldViolation> missing = new ArrayList<>();
        if (solution == null || solution.isBlank()) {
            missing.add(new FieldViolation("solution", "is required to resolve"));
        }
        if (customerNotifiedVia == null || customerNotifiedVia.isBlank()) {
            missing.add(new FieldViolation("customerNotifiedVia", "the customer must be told of the solution"));
        }
        if (!missing.isEmpty()) {
            throw new BusinessRuleViolationException("A resolution needs a solution and a customer notification",
                    missing);
        }
        this.solution = solution.strip();
        this.customerNotifiedVia = customerNotifiedVia.strip();
        this.resolvedAt = at;
        move(RESOLVED, by, at, "resolved; customer notified via " + this.customerNotifiedVia);
        meet(Milestone.FIRST_RESPONSE, at);
        meet(Milestone.RESOLUTION, at);
        replan(sla, at, "resolved");
    }

    public void startFollowUp(String by, Instant at) {
        requireState("follow up", LEGAL_FROM.get(ComplaintAction.FOLLOW_UP));
        move(FOLLOW_UP, by, at, "follow-up started");
    }

    /**
     * Closing needs the follow-up's outcome: an answer, or no answer after the configured number of
     * attempts (DOMAIN.md §1.4).
     */
    public void close(FollowUpOutcome outcome, int requiredAttempts, String by, Instant at) {
        requireState("close", LEGAL_FROM.get(ComplaintAction.CLOSE));
        if (outcome == null || outcome.result() == null) {
            throw new BusinessRuleViolationException("Closing needs the follow-up outcome",
                    List.of(new FieldViolation("outcome", "is required to close")));
        }
        if (outcome.result() == FollowUpOutcome.Result.NO_ANSWER && outcome.attempts() < requiredAttempts) {
            throw new BusinessRuleViolationException("No answer is an outcome only after " + requiredAttempts
                    + " attempts", List.of(new FieldViolation("outcome.attempts", "must be at least "
                    + requiredAttempts)));
        }
        this.followUpOutcome = outcome;
        this.closedAt = at;
        move(CLOSED, by, at, "closed: " + outcome.result());
        meet(Milestone.SURVEY, at);
        dueNext(null);
    }

    /** The customer is not satisfied: back to handling, with the original breaches kept. */
    public void reopen(String reason, String by, Instant at) {
        requireState("reopen", LEGAL_FROM.get(ComplaintAction.REOPEN));
        requireNotAnonymised("reopen");
        requireText(reason, "reason", "Reopening needs a reason");
        this.followUpOutcome = null;
        this.closedAt = null;
        move(REOPENED, by, at, reason.strip());
        dueNext(sla.nextDueAt().orElse(null));
    }

    /** Archiving is final; the register number follows with {@link #fileInArchive}. */
    public void archive(String by, Instant at) {
        requireState("archive", LEGAL_FROM.get(ComplaintAction.ARCHIVE));
        move(ARCHIVED, by, at, "archived");
        archivedAt = at;
        dueNext(null);
    }

    /**
     * Files an archived complaint under its register number (001 §4.4: classified by its type and
     * grade, numbered, filed chronologically by {@code archivedAt}). Once only.
     */
    public void fileInArchive(String number, String by, Instant at) {
        requireState("file", ARCHIVED);
        if (archiveNumber != null) {
            throw new IllegalStateTransitionException("complaint", "ARCHIVED as " + archiveNumber, "file again");
        }
        requireText(number, "archiveNumber", "Filing needs the register number");
        archiveNumber = number;
        move(ARCHIVED, by, at, "filed in the archive as " + number + " (" + type + " / " + grade + ")");
    }

    /**
     * The survey link is on its way to the customer. Asking is what the SURVEY target measures
     * (a survey within 24 h of resolution, 003 §3.2); when the customer answers is theirs to choose.
     */
    public void surveySent(String via, String by, Instant at) {
        requireState("survey", RESOLVED);
        move(state, by, at, "satisfaction survey sent via " + via);
        meet(Milestone.SURVEY, at);
    }

    /**
     * A return-visit call that reached no one. The first attempt meets the SURVEY target and starts
     * the follow-up; the configured number of attempts without answer closes the complaint with
     * that outcome (DOMAIN.md §1.4).
     *
     * @return true when this attempt closed the complaint; nothing happens unless it awaits its follow-up
     */
    public boolean returnVisitUnanswered(int attempt, int requiredAttempts, String by, Instant at) {
        if (state != RESOLVED && state != FOLLOW_UP) {
            return false;
        }
        String note = "return visit: no answer (attempt " + attempt + " of " + requiredAttempts + ")";
        move(FOLLOW_UP, by, at, note);
        meet(Milestone.SURVEY, at);
        if (attempt < requiredAttempts) {
            return false;
        }
        close(new FollowUpOutcome(FollowUpOutcome.Result.NO_ANSWER, attempt, "return visit: no answer after "
                + attempt + " attempts"), requiredAttempts, by, at);
        return true;
    }

    /**
     * Takes a survey answer as the follow-up outcome. The score is always kept. While the complaint
     * awaits its follow-up (RESOLVED, FOLLOW_UP) a satisfied or neutral answer closes it; a
     * dissatisfied one reopens it when policy says so (also from CLOSED: 000 §5.1), else closes it as
     * DISSATISFIED. In other states (reopened meanwhile, archived) the score is only recorded.
     *
     * @param attempts how many contacts it took (1 for an answered link)
     */
    public SurveyEffect takeSurveyAnswer(String surveyId, SurveyAnswer answer, int attempts,
                                         boolean reopenWhenUnsatisfied, String by, Instant at) {
        if (surveyScores.stream().anyMatch(score -> score.surveyId().equals(surveyId))) {
            return SurveyEffect.ALREADY_TAKEN;
        }
        surveyScores.add(new SurveyScore(surveyId, answer.csat(), answer.nps(), at));
        boolean awaitingFollowUp = state == RESOLVED || state == FOLLOW_UP;
        if (awaitingFollowUp) {
            meet(Milestone.SURVEY, at);
        }
        if (answer.isDissatisfied() && reopenWhenUnsatisfied && REOPENABLE.contains(state)) {
            reopen(UNSATISFIED_NOTE, by, at);
            return SurveyEffect.REOPENED;
        }
        if (!awaitingFollowUp) {
            return SurveyEffect.RECORDED;
        }
        if (state == RESOLVED) {
            startFollowUp(by, at);
        }
        close(new FollowUpOutcome(answer.result(), Math.max(1, attempts), "survey answered: " + answer.summary()),
                1, by, at);
        return SurveyEffect.CLOSED;
    }

    /**
     * Records a goodwill remedy. Offering again under the same idempotency key returns the remedy
     * recorded first and changes nothing (so a retried request pays once); the same key for a
     * different remedy is refused.
     *
     * @return the remedy on record: {@code offered}, or the earlier one with the same key
     */
    public Goodwill grantGoodwill(Goodwill offered) {
        for (Goodwill earlier : goodwill) {
            if (earlier.idempotencyKey().equals(offered.idempotencyKey())) {
                if (!earlier.sameRemedyAs(offered)) {
                    throw new BusinessRuleViolationException("This Idempotency-Key was used for a different remedy",
                            List.of(new FieldViolation(Goodwill.IDEMPOTENCY_KEY,
                                    "was already used for a different remedy on this complaint")));
                }
                return earlier;
            }
        }
        requireState("grant goodwill on", GOODWILL_STATES);
        requireNotAnonymised("grant goodwill on");
        if (offered.kind() == Goodwill.Kind.LOYALTY_POINTS && customerId == null) {
            throw new BusinessRuleViolationException("Loyalty points need a complaint of a known customer",
                    List.of(new FieldViolation("kind", "LOYALTY_POINTS needs a complaint registered for a customer")));
        }
        goodwill.add(offered);
        move(state, offered.grantedBy(), offered.grantedAt(), "goodwill: " + offered.describe());
        return offered;
    }

    /**
     * Records a supervisor's finding about a staff member's part in this complaint (000 §5.3: staff
     * involved in a substantiated complaint get remedial training). Needs a classified complaint and
     * a note saying why; recorded on the timeline.
     */
    public Finding recordFinding(String staff, boolean substantiated, String note, String by, Instant at) {
        requireState("record a finding on", FINDING_STATES);
        requireNotAnonymised("record a finding on");
        List<FieldViolation> missing = new ArrayList<>();
        if (staff == null || staff.isBlank()) {
            missing.add(new FieldViolation("staff", "is required"));
        }
        if (note == null || note.isBlank()) {
            missing.add(new FieldViolation("note", "is required: say what the finding rests on"));
        }
        if (!missing.isEmpty()) {
            throw new BusinessRuleViolationException("A finding names the staff member and its grounds", missing);
        }
        Finding finding = new Finding(findings.size() + 1, staff.strip(), substantiated, note.strip(), by, at);
        findings.add(finding);
        move(state, by, at, "finding: complaint " + (substantiated ? "substantiated" : "not substantiated")
                + " against " + finding.staff());
        return finding;
    }

    /**
     * The loyalty module credited the points of remedy {@code remedyId} with ledger entry {@code entryId}.
     * Idempotent: a remedy already granted stays as it is.
     *
     * @return false when there was nothing to change
     */
    public boolean loyaltyPointsCredited(String remedyId, String entryId, Instant at) {
        for (int i = 0; i < goodwill.size(); i++) {
            Goodwill remedy = goodwill.get(i);
            if (remedy.id().equals(remedyId) && remedy.awaitsLoyalty()) {
                goodwill.set(i, remedy.credited(entryId, at));
                return true;
            }
        }
        return false;
    }

    /** Loyalty-points remedies recorded but not yet credited. */
    public List<Goodwill> goodwillAwaitingLoyalty() {
        return goodwill.stream().filter(Goodwill::awaitsLoyalty).toList();
    }

    /**
     * Removes the personal data once the retention period is over (003 ch. 5): who complained
     * (customer id, contact), what they wrote (description, demand, messages, attachment names) and
     * every free text staff wrote about it. What statistics need stays: kind, channel, type, grade,
     * department, timestamps, transitions (without notes), SLA clocks and breaches, survey scores,
     * goodwill figures.
     *
     * @return false when it was anonymised before
     */
    public boolean anonymise(String reason, Instant at) {
        requireState("anonymise", CLOSED, ARCHIVED);
        if (anonymisedAt != null) {
            return false;
        }
        customerId = null;
        contactHint = null;
        description = ANONYMISED;
        customerDemand = ANONYMISED;
        expectedResult = redacted(expectedResult);
        productReference = null;
        threadId = null;
        sourceMessageId = null;
        handlingPlan = redacted(handlingPlan);
        solution = redacted(solution);
        customerNotifiedVia = redacted(customerNotifiedVia);
        attachments = attachments.stream()
                .map(a -> new AttachmentRef(ANONYMISED, a.contentType(), a.sizeBytes(), null)).toList();
        messages = messages.stream()
                .map(m -> new ComplaintMessage(m.direction(), m.channel(), null, null, ANONYMISED, m.at()))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        transitions = transitions.stream()
                .map(t -> new Transition(t.from(), t.to(), t.by(), t.at(), redacted(t.note())))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        if (followUpOutcome != null) {
            followUpOutcome = new FollowUpOutcome(followUpOutcome.result(), followUpOutcome.attempts(), null);
        }
        goodwill = goodwill.stream().map(Goodwill::anonymised)
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        findings = findings.stream().map(f -> new Finding(f.seq(), f.staff(), f.substantiated(), ANONYMISED,
                f.recordedBy(), f.recordedAt())).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        anonymisedAt = at;
        transitions.add(new Transition(state, state, "system", at, "personal data anonymised: " + reason));
        return true;
    }

    /** Ownership changes only by explicit handover, recorded with its reason (DOMAIN.md §1.2). */
    public void handOver(String newOwner, String reason, String by, Instant at) {
        requireOpen("hand over");
        requireText(newOwner, "newOwner", "A handover names the new owner");
        requireText(reason, "reason", "A handover needs a reason");
        String previous = owner;
        owner = newOwner.strip();
        move(state, by, at, "ownership handed over from " + previous + " to " + owner + ": " + reason.strip());
    }

    /** Lets time act on the SLA clocks: warnings, breaches, escalations due by {@code now}. */
    public List<SlaEvent> tick(Instant now, SlaSettings settings) {
        if (!state.isOpen()) {
            dueNext(null);
            return List.of();
        }
        SlaClock.Transitioned ticked = sla.tick(now, settings.escalateAfter());
        sla = ticked.clock();
        slaEvents.addAll(ticked.events());
        dueNext(sla.nextDueAt().orElse(null));
        return ticked.events();
    }

    /** Records which earlier complaint this one repeats (null: none), as problem detection found it. */
    public void markRepeatOf(String earlierNumber) {
        this.repeatOf = earlierNumber;
    }

    /** @return false when the complaint is already linked to a problem record (this or another) */
    public boolean linkToProblem(String problemNumber) {
        if (problemId != null) {
            return false;
        }
        problemId = problemNumber;
        return true;
    }

    /** @return false when the complaint is not linked to that problem record */
    public boolean unlinkFromProblem(String problemNumber) {
        if (problemId == null || !problemId.equals(problemNumber)) {
            return false;
        }
        problemId = null;
        return true;
    }

    public void problemCheckDone() {
        problemCheckDue = null;
    }

    public boolean isProblemCheckDue() {
        return Boolean.TRUE.equals(problemCheckDue);
    }

    public boolean isBreached() {
        return sla.isBreached();
    }

    public SlaSubject slaSubject(String customerTier) {
        return new SlaSubject(grade, type, productCategory, channel, customerTier,
                Boolean.TRUE.equals(priorityService));
    }

    public List<Transition> getTransitions() {
        return List.copyOf(transitions);
    }

    public List<SlaEvent> getSlaEvents() {
        return List.copyOf(slaEvents);
    }

    public List<ComplaintMessage> getMessages() {
        return List.copyOf(messages);
    }

    public List<Goodwill> getGoodwill() {
        return List.copyOf(goodwill);
    }

    public List<Finding> getFindings() {
        return findings == null ? List.of() : List.copyOf(findings);
    }

    public List<SurveyScore> getSurveyScores() {
        return List.copyOf(surveyScores);
    }

    private void replan(SlaSettings settings, Instant at, String reason) {
        sla = sla.plan(settings.policies().targetsFor(slaSubject(customerTier)), receivedAt, resolvedAt,
                settings.warningShare(), at, reason);
        dueNext(state.isOpen() ? sla.nextDueAt().orElse(null) : null);
    }

    private void meet(Milestone milestone, Instant at) {
        SlaClock.Transitioned met = sla.meet(milestone, at);
        sla = met.clock();
        slaEvents.addAll(met.events());
        dueNext(state.isOpen() ? sla.nextDueAt().orElse(null) : null);
    }

    /** Sets when the escalation pass must look next, and the queue order (nothing due sorts last). */
    private void dueNext(Instant at) {
        nextDueAt = at;
        queueKey = at == null ? NOTHING_DUE : at;
    }

    private void move(ComplaintState to, String by, Instant at, String note) {
        transitions.add(new Transition(state, to, by, at, note));
        state = to;
    }

    /**
     * The lifecycle commands the current state allows, with the aggregate's own further conditions
     * that need no input (handling starts only once assigned; a pause only where the policy lets the
     * clock stop; no reopening of an anonymised record). Input a command needs (a solution, a reason)
     * is checked when it runs.
     */
    public Set<ComplaintAction> legalActions() {
        Set<ComplaintAction> legal = EnumSet.noneOf(ComplaintAction.class);
        LEGAL_FROM.forEach((action, from) -> {
            if (from.contains(state)) {
                legal.add(action);
            }
        });
        if (assignment == null || assignment.isEmpty()) {
            legal.remove(ComplaintAction.START);
        }
        if (!sla.allowsPause()) {
            legal.remove(ComplaintAction.HOLD);
        }
        if (anonymisedAt != null) {
            legal.remove(ComplaintAction.REOPEN);
        }
        return legal;
    }

    private static Map<ComplaintAction, Set<ComplaintState>> legalFrom() {
        Map<ComplaintAction, Set<ComplaintState>> from = new EnumMap<>(ComplaintAction.class);
        from.put(ComplaintAction.ACCEPT, EnumSet.of(REGISTERED));
        from.put(ComplaintAction.ASSESS, ASSESSABLE);
        from.put(ComplaintAction.ASSIGN, ASSIGNABLE);
        from.put(ComplaintAction.START, EnumSet.of(ASSESSED, REOPENED));
        from.put(ComplaintAction.HOLD, EnumSet.of(IN_PROGRESS));
        from.put(ComplaintAction.RESUME, EnumSet.of(ON_HOLD));
        from.put(ComplaintAction.RESOLVE, EnumSet.of(IN_PROGRESS));
        from.put(ComplaintAction.FOLLOW_UP, EnumSet.of(RESOLVED));
        from.put(ComplaintAction.CLOSE, EnumSet.of(FOLLOW_UP));
        from.put(ComplaintAction.REOPEN, REOPENABLE);
        from.put(ComplaintAction.ARCHIVE, EnumSet.of(CLOSED));
        return Collections.unmodifiableMap(from);
    }

    private void requireState(String command, ComplaintState... allowed) {
        requireState(command, Set.of(allowed));
    }

    private void requireState(String command, Set<ComplaintState> allowed) {
        if (!allowed.contains(state)) {
            throw new IllegalStateTransitionException("complaint", state.name(), command);
        }
    }

    /** An anonymised record is kept for statistics only: nobody can take it up again. */
    private void requireNotAnonymised(String command) {
        if (anonymisedAt != null) {
            throw new IllegalStateTransitionException("complaint", state + " (anonymised)", command);
        }
    }

    private void requireOpen(String command) {
        if (!state.isOpen()) {
            throw new IllegalStateTransitionException("complaint", state.name(), command);
        }
    }

    private static void requireText(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw new BusinessRuleViolationException(message, List.of(new FieldViolation(field, "is required")));
        }
    }

    /** Where a complaint registered by channel intake came from. */
    public record ChannelOrigin(String threadId, String sourceMessageId) {
    }

    static ContactForm formOf(Channel channel) {
        return switch (channel) {
            case PHONE, ON_SITE -> ContactForm.ORAL;
            case LETTER -> ContactForm.WRITTEN;
            default -> ContactForm.ELECTRONIC;
        };
    }

    private static String redacted(String text) {
        return text == null ? null : ANONYMISED;
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
