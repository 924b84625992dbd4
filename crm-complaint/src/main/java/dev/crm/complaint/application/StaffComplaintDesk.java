package dev.crm.complaint.application;

import dev.crm.complaint.api.ComplaintAction;
import dev.crm.complaint.api.ComplaintDesk;
import dev.crm.complaint.application.ComplaintCommands.Who;
import dev.crm.complaint.domain.Assignment;
import dev.crm.complaint.domain.Complaint;
import dev.crm.complaint.domain.ComplaintCriteria;
import dev.crm.complaint.domain.ComplaintMessage;
import dev.crm.complaint.domain.FollowUpOutcome;
import dev.crm.complaint.domain.MilestoneClock;
import dev.crm.complaint.domain.SlaEvent;
import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The console's way into complaints: the same registry, commands and archive as the REST API, so
 * the same checks hold. Which actions are offered comes from the aggregate
 * ({@link Complaint#legalActions()}) and from who may act ({@link ComplaintCommands#mayRun}).
 */
@Service
class StaffComplaintDesk implements ComplaintDesk {

    private final ComplaintRegistry registry;
    private final ComplaintCommands commands;
    private final ComplaintArchive archive;
    private final SlaPolicies slaPolicies;
    private final CustomerUpdates customerUpdates;
    private final CurrentStaff currentStaff;

    StaffComplaintDesk(ComplaintRegistry registry, ComplaintCommands commands, ComplaintArchive archive,
                       SlaPolicies slaPolicies, CustomerUpdates customerUpdates, CurrentStaff currentStaff) {
        this.registry = registry;
        this.commands = commands;
        this.archive = archive;
        this.slaPolicies = slaPolicies;
        this.customerUpdates = customerUpdates;
        this.currentStaff = currentStaff;
    }

    @Override
    public ResultPage<QueueItem> queue(PageQuery page) {
        ComplaintCriteria criteria = new ComplaintCriteria(null, null, null, null, null, null, null, null, null,
                null, true, currentStaff.username());
        return registry.search(criteria, page).map(this::queueItem);
    }

    @Override
    public ComplaintCase open(String number) {
        return view(archive.read(number, null, "record"));
    }

    @Override
    public ComplaintCase act(String number, long seenVersion, ComplaintAction action, ActionInput input) {
        ActionInput in = input == null ? ActionInput.none() : input;
        Complaint complaint = switch (action) {
            case ACCEPT -> run(number, seenVersion, "accepted", (c, by, at, sla) -> c.accept(by, at));
            case ASSESS -> run(number, seenVersion, "assessed",
                    (c, by, at, sla) -> c.assess(in.grade(), in.type(), in.plan(), by, at, sla));
            case ASSIGN -> run(number, seenVersion, "assigned", (c, by, at, sla) -> c.assign(
                    new Assignment(blank(in.handler()), blank(in.department()), null, null), by, at));
            case START -> run(number, seenVersion, "started", (c, by, at, sla) -> c.start(by, at));
            case HOLD -> run(number, seenVersion, "held", (c, by, at, sla) -> c.hold(in.reason(), by, at));
            case RESUME -> run(number, seenVersion, "resumed", (c, by, at, sla) -> c.resume(by, at));
            case RESOLVE -> run(number, seenVersion, "resolved", (c, by, at, sla) -> c.resolve(in.solution(),
                    in.customerNotifiedVia(), by, at, sla));
            case FOLLOW_UP -> run(number, seenVersion, "follow-up-started",
                    (c, by, at, sla) -> c.startFollowUp(by, at));
            case CLOSE -> {
                FollowUpOutcome outcome = outcome(in);
                int requiredAttempts = slaPolicies.properties().noAnswerAttempts();
                yield run(number, seenVersion, "closed", (c, by, at, sla) -> c.close(outcome, requiredAttempts, by,
                        at));
            }
            case REOPEN -> run(number, seenVersion, "reopened", (c, by, at, sla) -> c.reopen(in.reason(), by, at));
            case ARCHIVE -> archive.archive(number, seenVersion);
        };
        return view(complaint);
    }

    @Override
    public ComplaintCase reply(String number, long seenVersion, String text) {
        Complaint current = archive.read(number, null, "record");
        String via = customerUpdates.route(current).map(CustomerUpdates.Route::channel).orElse("phone");
        Complaint saved = commands.run(number, seenVersion, "responded", Who.WORKERS,
                (c, by, at, sla) -> c.respond(text, via, by, at));
        customerUpdates.replied(saved, saved.getMessages().get(saved.getMessages().size() - 1).text());
        return view(saved);
    }

    private Complaint run(String number, long seenVersion, String action, ComplaintCommands.Command command) {
        return commands.run(number, seenVersion, action, Who.WORKERS, command);
    }

    private static FollowUpOutcome outcome(ActionInput in) {
        if (in.outcome() == null || in.outcome().isBlank()) {
            return null;
        }
        try {
            return new FollowUpOutcome(FollowUpOutcome.Result.valueOf(in.outcome().strip().toUpperCase(Locale.ROOT)),
                    in.attempts() == null ? 0 : in.attempts(), blank(in.note()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("outcome", "must be one of SATISFIED, PARTIALLY_SATISFIED, NO_ANSWER, "
                    + "DISSATISFIED");
        }
    }

    private QueueItem queueItem(Complaint complaint) {
        return new QueueItem(complaint.getNumber(), complaint.getKind(), complaint.getState(), complaint.getChannel(),
                complaint.getGrade(), complaint.getType(), complaint.getOwner(), complaint.getDescription(),
                complaint.getReceivedAt(), nextDeadline(complaint), complaint.isBreached());
    }

    private static Deadline nextDeadline(Complaint complaint) {
        return complaint.getSla().milestones().stream()
                .filter(clock -> !clock.isMet() && clock.dueAt() != null)
                .min(Comparator.comparing(MilestoneClock::dueAt))
                .map(StaffComplaintDesk::deadline).orElse(null);
    }

    private static Deadline deadline(MilestoneClock clock) {
        return new Deadline(clock.milestone(), clock.warnAt(), clock.dueAt(), clock.metAt(), clock.breachedAt());
    }

    private ComplaintCase view(Complaint c) {
        Assignment assignment = c.getAssignment();
        return new ComplaintCase(c.getNumber(), c.getVersion(), c.getKind(), c.getState(), c.getChannel(), c.getForm(),
                c.getReceivedAt(), c.getRegisteredAt(), c.getRegisteredBy(), c.getCustomerId(), c.getContactHint(),
                c.getDescription(), c.getCustomerDemand(), c.getExpectedResult(), c.getOccurredAt(),
                c.getImpactScope(), c.getProductReference(), c.getProductCategory(), c.getGrade(), c.getType(),
                c.getHandlingPlan(), c.getOwner(), assignment == null ? null : assignment.describe(), c.getSolution(),
                c.getCustomerNotifiedVia(), c.isBreached(),
                c.getSla().milestones().stream().map(StaffComplaintDesk::deadline).toList(), timeline(c),
                actionsFor(c), customerUpdates.route(c).map(CustomerUpdates.Route::channel).orElse(null));
    }

    /** Legal in the state (the aggregate's rule) and allowed to this user (the commands' rule). */
    private Set<ComplaintAction> actionsFor(Complaint complaint) {
        Set<ComplaintAction> actions = EnumSet.noneOf(ComplaintAction.class);
        boolean worker = commands.mayRun(complaint, Who.WORKERS);
        boolean supervisor = commands.mayRun(complaint, Who.SUPERVISORS);
        for (ComplaintAction action : complaint.legalActions()) {
            if (action == ComplaintAction.ARCHIVE ? supervisor : worker) {
                actions.add(action);
            }
        }
        return actions;
    }

    private static List<TimelineItem> timeline(Complaint complaint) {
        List<TimelineItem> items = new ArrayList<>();
        complaint.getTransitions().forEach(t -> items.add(new TimelineItem(t.at(), TimelineItem.Kind.TRANSITION,
                t.by(), t.from(), t.to(), t.note(), null, null, 0)));
        complaint.getMessages().forEach(m -> items.add(new TimelineItem(m.at(),
                m.direction() == ComplaintMessage.Direction.TO_CUSTOMER ? TimelineItem.Kind.MESSAGE_TO_CUSTOMER
                        : TimelineItem.Kind.MESSAGE_FROM_CUSTOMER, m.author(), null, null, m.text(), m.channel(), null,
                0)));
        complaint.getSlaEvents().forEach(e -> items.add(new TimelineItem(e.at(), slaKind(e.kind()), "system", null,
                null, null, null, e.milestone(), e.tier())));
        items.sort(Comparator.comparing(TimelineItem::at));
        return items;
    }

    private static TimelineItem.Kind slaKind(SlaEvent.Kind kind) {
        return switch (kind) {
            case WARNING -> TimelineItem.Kind.SLA_WARNING;
            case BREACH -> TimelineItem.Kind.SLA_BREACH;
            case ESCALATION -> TimelineItem.Kind.SLA_ESCALATION;
        };
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
