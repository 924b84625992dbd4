package dev.crm.complaint.application;

import dev.crm.complaint.domain.Complaint;
import dev.crm.complaint.domain.SlaEvent;
import dev.crm.core.api.OutboundMessageDraft;
import dev.crm.core.api.Outbox;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Tells the right people about SLA events through the core outbox (DOMAIN.md §1.6): a warning goes
 * to owner and handler; a breach to the supervisor of the handling department; each further
 * escalation to the next tier of the three-tier organisation (000 §8.1). Every message carries a
 * dedupe key made of the complaint, milestone, event and recipient, so processing an event twice
 * (a crash between enqueue and save, two nodes) still sends it once.
 */
@Component
public class SlaNotifications {

    static final String CHANNEL = "staff";
    private static final String[] TIERS = {null, "supervisor:%s", "tier:business-unit-quality-group",
            "tier:hq-service-quality-committee"};

    private final Outbox outbox;
    private final CustomerUpdates customerUpdates;

    SlaNotifications(Outbox outbox, CustomerUpdates customerUpdates) {
        this.outbox = outbox;
        this.customerUpdates = customerUpdates;
    }

    /** Staff as below; the customer too when a deadline is missed or the complaint escalates. */
    public void notify(Complaint complaint, List<SlaEvent> events) {
        customerUpdates.slaEvents(complaint, events);
        for (SlaEvent event : events) {
            for (String recipient : recipients(complaint, event)) {
                String key = String.join(":", complaint.getNumber(), event.milestone().name(), event.kind().name(),
                        String.valueOf(event.tier()), recipient);
                outbox.enqueue(new OutboundMessageDraft(CHANNEL, recipient, subject(complaint, event), null,
                        body(complaint, event), java.util.Map.of(), key, "Complaint", complaint.getNumber()));
            }
        }
    }

    static Set<String> recipients(Complaint complaint, SlaEvent event) {
        Set<String> recipients = new LinkedHashSet<>();
        String department = complaint.getAssignment() == null || complaint.getAssignment().department() == null
                ? "frontline" : complaint.getAssignment().department();
        switch (event.kind()) {
            case WARNING -> {
                recipients.add(complaint.getOwner() == null ? "queue:unassigned" : complaint.getOwner());
                if (complaint.getAssignment() != null && complaint.getAssignment().handler() != null) {
                    recipients.add(complaint.getAssignment().handler());
                }
            }
            case BREACH, ESCALATION -> recipients.add(TIERS[Math.min(event.tier(), SlaEvent.MAX_TIER)]
                    .formatted(department));
        }
        return recipients;
    }

    private static String subject(Complaint complaint, SlaEvent event) {
        return switch (event.kind()) {
            case WARNING -> complaint.getNumber() + ": " + event.milestone() + " due at " + event.dueAt();
            case BREACH -> complaint.getNumber() + ": " + event.milestone() + " deadline missed";
            case ESCALATION -> complaint.getNumber() + ": escalated to tier " + event.tier();
        };
    }

    private static String body(Complaint complaint, SlaEvent event) {
        return "Complaint " + complaint.getNumber() + " (" + complaint.getState() + ", owner "
                + complaint.getOwner() + "): " + event.kind() + " for " + event.milestone() + ", deadline "
                + event.dueAt() + ".";
    }
}
