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
import java.util.EnumSet;
import java.util.List;
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
        // The KPI pipelines match on a receipt range first, for everyone or for one owner (agent figures).
        @CompoundIndex(name = "kpi_received", def = "{'receivedAt': 1}"),
        @CompoundIndex(name = "kpi_owner_received", def = "{'owner': 1, 'receivedAt': 1}")
})
public class Complaint {

    private static final Set<ComplaintState> ASSIGNABLE = EnumSet.of(ASSESSED, IN_PROGRESS, ON_HOLD, REOPENED);
    private static final Set<ComplaintState> ASSESSABLE = EnumSet.of(ACCEPTED, ASSESSED, IN_PROGRESS, REOPENED);
    private static final Set<ComplaintState> REOPENABLE = EnumSet.of(RESOLVED, FOLLOW_UP, CLOSED);
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
    private final String customerId;
    private final String contactHint;
    private final String description;
    private final String customerDemand;
    private final String expectedResult;
    private final Instant occurredAt;
    private final ImpactScope impactScope;
    private final String productReference;
    private final String productCategory;
    private final List<AttachmentRef> attachments;
    private final String threadId;
    /** {@code channel:messageId} of the inbound message that opened it: a redelivery registers nothing. */
    @Indexed(unique = true, sparse = true)
    private final String sourceMessageId;
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
        complaint.replan(sla, now, "registered");
        complaint.meet(Milestone.REGISTER, now);
        return complaint;
    }

    /** Accept first, then handle (001 §3.2): the first to accept becomes the owner (§1.2). */
    public void accept(String by, Instant at) {
        requireState("accept", REGISTERED);
        if (owner == null) {
            owner = by;
        }
        move(ACCEPTED, by, at, "accepted; owner " + owner);
        meet(Milestone.ACCEPT, at);
    }

    /** Classifies and grades; the SLA deadlines follow the new grade and type (history kept). */
    public void assess(Grade grade, ComplaintType type, String plan, String by, Instant at, SlaSettings sla) {
        requireState("assess", ASSESSABLE);
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
        requireState("assign", ASSIGNABLE);
        if (assignment == null || assignment.isEmpty()) {
            throw new BusinessRuleViolationException("An assignment names a handler, a department or a third party",
                    List.of(new FieldViolation("handler", "handler, department or thirdPartyKind is required")));
        }
        this.assignment = assignment;
        move(state, by, at, "assigned to " + assignment.describe());
    }

    public void start(String by, Instant at) {
        requireState("start", ASSESSED, REOPENED);
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
        requireState("put on hold", IN_PROGRESS);
        if (!sla.allowsPause()) {
            throw new BusinessRuleViolationException("The SLA policy of this complaint does not allow pausing");
        }
        requireText(reason, "reason", "Putting on hold needs a reason");
        move(ON_HOLD, by, at, reason.strip());
        sla = sla.pause(at);
        dueNext(sla.nextDueAt().orElse(null));
    }

    public void resume(String by, Instant at) {
        requireState("resume", ON_HOLD);
        move(IN_PROGRESS, by, at, "resumed");
        sla = sla.resume(at);
        dueNext(sla.nextDueAt().orElse(null));
    }

    /**
     * No resolution without a recorded solution and a customer notification (DOMAIN.md §1.4). The
     * survey clock starts here.
     */
    public void resolve(String solution, String customerNotifiedVia, String by, Instant at, SlaSettings sla) {
        requireState("resolve", IN_PROGRESS);
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
        requireState("follow up", RESOLVED);
        move(FOLLOW_UP, by, at, "follow-up started");
    }

    /**
     * Closing needs the follow-up's outcome: an answer, or no answer after the configured number of
     * attempts (DOMAIN.md §1.4).
     */
    public void close(FollowUpOutcome outcome, int requiredAttempts, String by, Instant at) {
        requireState("close", FOLLOW_UP);
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
        move(CLOSED, by, at, "closed: " + outcome.result());
        meet(Milestone.SURVEY, at);
        dueNext(null);
    }

    /** The customer is not satisfied: back to handling, with the original breaches kept. */
    public void reopen(String reason, String by, Instant at) {
        requireState("reopen", REOPENABLE);
        requireText(reason, "reason", "Reopening needs a reason");
        this.followUpOutcome = null;
        move(REOPENED, by, at, reason.strip());
        dueNext(sla.nextDueAt().orElse(null));
    }

    public void archive(String by, Instant at) {
        requireState("archive", CLOSED);
        move(ARCHIVED, by, at, "archived");
        dueNext(null);
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

    public boolean isBreached() {
        return sla.isBreached();
    }

    public SlaSubject slaSubject(String customerTier) {
        return new SlaSubject(grade, type, productCategory, channel, customerTier);
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

    private void requireState(String command, ComplaintState... allowed) {
        requireState(command, Set.of(allowed));
    }

    private void requireState(String command, Set<ComplaintState> allowed) {
        if (!allowed.contains(state)) {
            throw new IllegalStateTransitionException("complaint", state.name(), command);
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

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
