package dev.crm.complaint.application;

import dev.crm.complaint.api.Milestone;
import dev.crm.complaint.domain.Complaint;
import dev.crm.complaint.domain.ComplaintMessage;
import dev.crm.complaint.domain.SlaEvent;
import dev.crm.complaint.domain.crisis.CrisisCommunication;
import dev.crm.core.api.OutboundMessageDraft;
import dev.crm.core.api.Outbox;
import dev.crm.customer.api.ContactChannel;
import dev.crm.customer.api.CustomerDirectory;
import dev.crm.customer.api.CustomerId;
import dev.crm.customer.api.CustomerView;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Keeps the customer informed through the outbox (DOMAIN.md §5, 003 §2.3): an acknowledgement with
 * the complaint number at registration, a note when a response or resolution deadline is missed
 * ("delayed") or the complaint is escalated, and the solution when it is resolved.
 *
 * <p>A complaint that came in through a channel is answered on the same channel instance, to the
 * sender, in the same thread. Otherwise the customer's preferred channel is used if they consented
 * to it, else the first consented one with a contact. Phone and post have no outbound channel: those
 * customers are called back by staff. Each message has a dedupe key, so a repeated event (a retry, two
 * nodes) informs the customer once.
 */
@Component
public class CustomerUpdates {

    /** Outbound channel instances named after the customer's channel, e.g. {@code email}. */
    private static final List<ContactChannel> REACHABLE = List.of(ContactChannel.EMAIL, ContactChannel.SMS,
            ContactChannel.WECHAT);

    private final Outbox outbox;
    private final CustomerDirectory customers;

    CustomerUpdates(Outbox outbox, CustomerDirectory customers) {
        this.outbox = outbox;
        this.customers = customers;
    }

    /** Where and to whom a customer update goes. */
    record Route(String channel, String recipient, String threadId) {
    }

    void acknowledged(Complaint complaint) {
        send(complaint, "ack", "acknowledgement", "We have received your complaint " + complaint.getNumber(),
                "Thank you for telling us. Your complaint is registered under " + complaint.getNumber()
                        + ". We will get back to you as soon as we can; please quote this number in any reply.");
    }

    void resolved(Complaint complaint) {
        send(complaint, "resolved:" + complaint.getVersion(), "status",
                "Your complaint " + complaint.getNumber() + " is resolved",
                "We have resolved your complaint " + complaint.getNumber() + ": " + complaint.getSolution()
                        + "\n\nIf you are not satisfied, reply to this message and we will reopen it.");
    }

    /**
     * A staff member's reply, already recorded on the complaint as its latest response; the count of
     * responses in the dedupe key sends each reply once.
     */
    void replied(Complaint complaint, String text) {
        long responses = complaint.getMessages().stream()
                .filter(m -> m.direction() == ComplaintMessage.Direction.TO_CUSTOMER).count();
        send(complaint, "reply:" + responses, "reply", "Re: your complaint " + complaint.getNumber(), text);
    }

    void slaEvents(Complaint complaint, List<SlaEvent> events) {
        for (SlaEvent event : events) {
            if (event.kind() == SlaEvent.Kind.BREACH && (event.milestone() == Milestone.FIRST_RESPONSE
                    || event.milestone() == Milestone.RESOLUTION)) {
                send(complaint, "delayed:" + event.milestone(), "status",
                        "Your complaint " + complaint.getNumber() + " is taking longer than promised",
                        "We are sorry: your complaint " + complaint.getNumber() + " is taking longer than we "
                                + "promised. It has been passed to a supervisor, and we will contact you shortly.");
            } else if (event.kind() == SlaEvent.Kind.ESCALATION) {
                send(complaint, "escalated:" + event.tier(), "status",
                        "Your complaint " + complaint.getNumber() + " has been escalated",
                        "Your complaint " + complaint.getNumber() + " has been escalated to our service quality "
                                + "management so that it is resolved without further delay.");
            }
        }
    }

    /**
     * A crisis communication to the customers of the crisis's complaints, once per channel and
     * address (a customer with two of the complaints hears it once).
     *
     * @return how many messages were handed to the outbox
     */
    int crisisCommunication(String crisisNumber, String title, CrisisCommunication communication,
                            List<Complaint> complaints) {
        Set<String> reached = new LinkedHashSet<>();
        for (Complaint complaint : complaints) {
            route(complaint).ifPresent(route -> {
                String address = route.channel() + ":" + route.recipient();
                if (reached.add(address)) {
                    outbox.enqueue(new OutboundMessageDraft(route.channel(), route.recipient(), title, null,
                            communication.message(), Map.of("kind", "crisis"),
                            "crisis:" + crisisNumber + ":communication:" + communication.sequence() + ":" + address,
                            "Crisis", crisisNumber));
                }
            });
        }
        return reached.size();
    }

    private void send(Complaint complaint, String event, String kind, String subject, String body) {
        route(complaint).ifPresent(route -> {
            Map<String, String> attributes = route.threadId() == null ? Map.of("kind", kind)
                    : Map.of("kind", kind, "thread-id", route.threadId());
            outbox.enqueue(new OutboundMessageDraft(route.channel(), route.recipient(), subject, null, body,
                    attributes, "customer:" + complaint.getNumber() + ":" + event, "Complaint",
                    complaint.getNumber()));
        });
    }

    Optional<Route> route(Complaint complaint) {
        String source = complaint.getSourceMessageId();
        if (source != null && source.indexOf(':') > 0 && complaint.getContactHint() != null) {
            return Optional.of(new Route(source.substring(0, source.indexOf(':')), complaint.getContactHint(),
                    complaint.getThreadId()));
        }
        if (complaint.getCustomerId() == null) {
            return Optional.empty();
        }
        return customers.find(new CustomerId(complaint.getCustomerId())).flatMap(CustomerUpdates::preferredRoute);
    }

    /** The preferred consented channel with a contact, else the first consented of e-mail, SMS, WeChat. */
    static Optional<Route> preferredRoute(CustomerView customer) {
        if (customer.preferredChannel() != null && customer.consents().contains(customer.preferredChannel())) {
            Optional<Route> preferred = addressOn(customer, customer.preferredChannel());
            if (preferred.isPresent()) {
                return preferred;
            }
        }
        return REACHABLE.stream().filter(customer.consents()::contains)
                .map(channel -> addressOn(customer, channel)).flatMap(Optional::stream).findFirst();
    }

    private static Optional<Route> addressOn(CustomerView customer, ContactChannel channel) {
        String address = switch (channel) {
            case EMAIL -> customer.email() == null ? null : customer.email().value();
            case SMS -> customer.phone() == null ? null : customer.phone().value();
            case WECHAT -> customer.wechatOpenId();
            case PHONE, POST -> null;
        };
        return Optional.ofNullable(address).map(a -> new Route(channel.name().toLowerCase(java.util.Locale.ROOT), a,
                null));
    }
}
