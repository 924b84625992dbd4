package dev.crm.complaint.api;

import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A staff member's work on complaints, for the web console: the queue, one complaint with its
 * timeline and the actions legal for this user now, the lifecycle actions, and replying to the
 * customer. Acts as the signed-in staff member, with the same checks as the REST API.
 */
public interface ComplaintDesk {

    /** Open complaints the signed-in staff member owns or handles, and unowned ones; soonest deadline first. */
    ResultPage<QueueItem> queue(PageQuery page);

    /**
     * @throws dev.crm.core.api.RecordNotFoundException for an unknown number
     */
    ComplaintCase open(String number);

    /**
     * Runs one lifecycle action on the version the user saw.
     *
     * @throws dev.crm.core.api.IllegalStateTransitionException   when the state does not allow it
     * @throws dev.crm.core.api.BusinessRuleViolationException    naming the missing input fields
     * @throws org.springframework.dao.OptimisticLockingFailureException when someone changed it meanwhile
     * @throws org.springframework.security.access.AccessDeniedException when this user may not act on it
     */
    ComplaintCase act(String number, long seenVersion, ComplaintAction action, ActionInput input);

    /**
     * Answers the customer: recorded as a response (meeting the first-response target) and sent through
     * the outbox on the customer's channel; without one (phone, post) it is recorded as given by phone.
     */
    ComplaintCase reply(String number, long seenVersion, String text);

    /** One line of the queue. {@code next} is the unmet milestone due soonest, or null. */
    record QueueItem(String number, ComplaintKind kind, ComplaintState state, Channel channel, Grade grade,
                     ComplaintType type, String owner, String description, Instant receivedAt, Deadline next,
                     boolean breached) {
    }

    /** One milestone's SLA target on a complaint. */
    record Deadline(Milestone milestone, Instant warnAt, Instant dueAt, Instant metAt, Instant breachedAt) {
    }

    /**
     * A complaint as its handler reads it.
     *
     * @param actions      the lifecycle actions legal in its state that this user may take, in lifecycle order
     * @param replyChannel the outbound channel a reply goes to ({@code email}, ...), or null when there is none
     */
    record ComplaintCase(String number, long version, ComplaintKind kind, ComplaintState state, Channel channel,
                         ContactForm form, Instant receivedAt, Instant registeredAt, String registeredBy,
                         String customerId, String contactHint, String description, String customerDemand,
                         String expectedResult, Instant occurredAt, ImpactScope impactScope,
                         String productReference, String productCategory, Grade grade, ComplaintType type,
                         String handlingPlan, String owner, String assignment, String solution,
                         String customerNotifiedVia, boolean breached, List<Deadline> deadlines,
                         List<TimelineItem> timeline, Set<ComplaintAction> actions, String replyChannel) {
    }

    /**
     * One line of the history, oldest first: a transition ({@code from} → {@code to}, with its note), a
     * message to or from the customer ({@code channel}, {@code text}), or an SLA event ({@code milestone}).
     */
    record TimelineItem(Instant at, Kind kind, String by, ComplaintState from, ComplaintState to, String text,
                        String channel, Milestone milestone, int tier) {

        public enum Kind { TRANSITION, MESSAGE_TO_CUSTOMER, MESSAGE_FROM_CUSTOMER, SLA_WARNING, SLA_BREACH,
            SLA_ESCALATION }
    }

    /**
     * What an action may need; each action reads only its own fields (ASSESS: grade, type, plan;
     * ASSIGN: handler, department; HOLD, REOPEN: reason; RESOLVE: solution, customerNotifiedVia;
     * CLOSE: outcome, attempts, note).
     *
     * @param outcome SATISFIED, PARTIALLY_SATISFIED, NO_ANSWER or DISSATISFIED
     */
    record ActionInput(Grade grade, ComplaintType type, String plan, String handler, String department,
                       String reason, String solution, String customerNotifiedVia, String outcome,
                       Integer attempts, String note) {

        public static ActionInput none() {
            return new ActionInput(null, null, null, null, null, null, null, null, null, null, null);
        }
    }
}
