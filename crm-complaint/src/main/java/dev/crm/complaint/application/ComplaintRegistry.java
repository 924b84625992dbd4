package dev.crm.complaint.application;

import dev.crm.complaint.api.ComplaintIntake;
import dev.crm.complaint.api.ComplaintReceipt;
import dev.crm.complaint.api.ComplaintRegistration;
import dev.crm.complaint.api.ImpactScope;
import dev.crm.complaint.api.InboundComplaintMessage;
import dev.crm.complaint.api.IntakeResult;
import dev.crm.complaint.domain.Complaint;
import dev.crm.complaint.domain.ComplaintCriteria;
import dev.crm.complaint.domain.RegistrationPolicy;
import dev.crm.complaint.persistence.ComplaintRepository;
import dev.crm.complaint.persistence.ComplaintSearch;
import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.core.api.ResultPage;
import dev.crm.core.api.SequenceNumbers;
import dev.crm.customer.api.CustomerDirectory;
import dev.crm.customer.api.CustomerId;
import dev.crm.customer.api.CustomerView;
import dev.crm.loyalty.api.MemberBenefits;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/** Registration (staff and channels alike), lookup and search. */
@Service
public class ComplaintRegistry implements ComplaintIntake {

    static final String NUMBER_PREFIX = "C";

    private final ComplaintRepository complaints;
    private final ComplaintSearch search;
    private final SequenceNumbers sequenceNumbers;
    private final CustomerDirectory customers;
    private final SlaPolicies slaPolicies;
    private final SlaNotifications notifications;
    private final CustomerUpdates customerUpdates;
    private final AuditLog auditLog;
    private final ProblemDetection problemDetection;
    private final Clock clock;
    private final MemberBenefits memberBenefits;

    ComplaintRegistry(ComplaintRepository complaints, ComplaintSearch search, SequenceNumbers sequenceNumbers,
                      CustomerDirectory customers, SlaPolicies slaPolicies, SlaNotifications notifications,
                      CustomerUpdates customerUpdates, AuditLog auditLog, ProblemDetection problemDetection,
                      Clock clock, MemberBenefits memberBenefits) {
        this.memberBenefits = memberBenefits;
        this.complaints = complaints;
        this.search = search;
        this.sequenceNumbers = sequenceNumbers;
        this.customers = customers;
        this.slaPolicies = slaPolicies;
        this.notifications = notifications;
        this.customerUpdates = customerUpdates;
        this.auditLog = auditLog;
        this.problemDetection = problemDetection;
        this.clock = clock;
    }

    @Override
    public ComplaintReceipt register(ComplaintRegistration registration, String registeredBy) {
        Complaint complaint = registerComplaint(registration, null, registeredBy);
        return new ComplaintReceipt(complaint.getNumber(), complaint.getState(), complaint.getReceivedAt(),
                complaint.getRegisteredAt());
    }

    /** The customer's value tier for SLA policies that match on it; null when unknown or not yet scored. */
    private String valueTierOf(String customerId) {
        return customerId == null ? null
                : customers.valueTierOf(new CustomerId(customerId)).map(Enum::name).orElse(null);
    }

    /** Whether the customer's loyalty level gives priority service, for SLA policies that match on it. */
    private boolean hasPriorityService(String customerId) {
        return customerId != null && memberBenefits.hasPriorityService(new CustomerId(customerId));
    }

    public Complaint registerComplaint(ComplaintRegistration registration, Complaint.ChannelOrigin origin,
                                       String registeredBy) {
        Instant now = clock.instant();
        // Everything that can refuse the registration runs before the number is taken: numbers are
        // gap-free (001 §3.1), so a refused request must not consume one.
        var violations = RegistrationPolicy.check(registration, now);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String customerId = resolveCustomer(registration);
        var sla = slaPolicies.settings(valueTierOf(customerId), hasPriorityService(customerId));
        // The insert itself claims the number, so a crash between numbering and storing skips none.
        Complaint inserted = sequenceNumbers.claim(NUMBER_PREFIX, number -> complaints.insert(
                        Complaint.register(number, registration, customerId, origin, registeredBy, now, sla)),
                complaints::existsByNumber);
        // Detection needs the type, which intake does not set today; a complaint typed at intake is
        // examined here, the others when assessment sets their type (ComplaintCommands).
        Complaint saved = problemDetection.examineIfDue(inserted);
        notifications.notify(saved, saved.getSlaEvents());
        customerUpdates.acknowledged(saved);
        auditLog.record(new AuditEvent(registeredBy, "complaint.registered", "Complaint", saved.getNumber(),
                Map.of("channel", saved.getChannel().name(), "kind", saved.getKind().name())));
        return saved;
    }

    @Override
    public IntakeResult receive(InboundComplaintMessage message) {
        Optional<Complaint> target = message.references().stream()
                .map(complaints::findByNumber).flatMap(Optional::stream)
                .filter(complaint -> complaint.getState().isOpen())
                .findFirst()
                .or(() -> message.threadId() == null ? Optional.empty()
                        : complaints.findFirstByThreadIdOrderByRegisteredAtDesc(message.threadId())
                                .filter(complaint -> complaint.getState().isOpen()));
        if (target.isPresent()) {
            return append(target.get().getNumber(), message);
        }
        String sourceMessageId = message.channelId() + ":" + message.externalMessageId();
        if (message.externalMessageId() != null && complaints.existsBySourceMessageId(sourceMessageId)) {
            return new IntakeResult(IntakeResult.Outcome.DUPLICATE, null);
        }
        Instant received = message.receivedAt() == null ? clock.instant() : message.receivedAt();
        String text = message.subject() == null || message.subject().isBlank() ? message.text()
                : message.subject() + "\n\n" + message.text();
        ComplaintRegistration registration = new ComplaintRegistration(null, message.channel(), null, received, null,
                message.senderAddress(), text, text, null, received, ImpactScope.SINGLE_CUSTOMER, null, null,
                message.attachments());
        Complaint complaint = registerComplaint(registration, new Complaint.ChannelOrigin(message.threadId(),
                message.externalMessageId() == null ? null : sourceMessageId), "channel:" + message.channelId());
        return new IntakeResult(IntakeResult.Outcome.REGISTERED, complaint.getNumber());
    }

    private IntakeResult append(String number, InboundComplaintMessage message) {
        for (int attempt = 0; ; attempt++) {
            Complaint complaint = get(number);
            boolean appended = complaint.receiveMessage(message.channelId(), message.externalMessageId(),
                    message.senderAddress(), message.text(), clock.instant());
            if (!appended) {
                return new IntakeResult(IntakeResult.Outcome.DUPLICATE, number);
            }
            try {
                complaints.save(complaint);
                return new IntakeResult(IntakeResult.Outcome.APPENDED, number);
            } catch (OptimisticLockingFailureException concurrentChange) {
                if (attempt >= 3) {
                    throw concurrentChange;
                }
            }
        }
    }

    public Complaint get(String number) {
        return complaints.findByNumber(number).orElseThrow(() -> new RecordNotFoundException("complaint", number));
    }

    public ResultPage<Complaint> search(ComplaintCriteria criteria, PageQuery page) {
        return search.search(criteria, page);
    }

    /** A given customer id must exist; a contact hint is matched to a known customer when possible. */
    private String resolveCustomer(ComplaintRegistration registration) {
        if (registration.customerId() != null && !registration.customerId().isBlank()) {
            return customers.find(new CustomerId(registration.customerId().strip()))
                    .map(customer -> customer.id().value())
                    .orElseThrow(() -> new InvalidInputException("customerId", "no customer with this id"));
        }
        return customers.findByContact(registration.contactHint()).map(CustomerView::id).map(CustomerId::value)
                .orElse(null);
    }
}
