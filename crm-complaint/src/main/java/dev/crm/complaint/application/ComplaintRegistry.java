package dev.crm.complaint.application;

import dev.crm.complaint.api.ComplaintIntake;
import dev.crm.complaint.api.ComplaintReceipt;
import dev.crm.complaint.api.ComplaintRegistration;
import dev.crm.complaint.domain.Complaint;
import dev.crm.complaint.domain.RegistrationPolicy;
import dev.crm.complaint.persistence.ComplaintRepository;
import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.core.api.SequenceNumbers;
import dev.crm.customer.api.CustomerDirectory;
import dev.crm.customer.api.CustomerId;
import dev.crm.customer.api.CustomerView;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Service;

@Service
public class ComplaintRegistry implements ComplaintIntake {

    static final String NUMBER_PREFIX = "C";

    private final ComplaintRepository complaints;
    private final SequenceNumbers sequenceNumbers;
    private final CustomerDirectory customers;
    private final AuditLog auditLog;
    private final Clock clock;

    ComplaintRegistry(ComplaintRepository complaints, SequenceNumbers sequenceNumbers, CustomerDirectory customers,
                      AuditLog auditLog, Clock clock) {
        this.complaints = complaints;
        this.sequenceNumbers = sequenceNumbers;
        this.customers = customers;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public ComplaintReceipt register(ComplaintRegistration registration, String registeredBy) {
        Complaint complaint = registerComplaint(registration, registeredBy);
        return new ComplaintReceipt(complaint.getNumber(), complaint.getState(), complaint.getReceivedAt(),
                complaint.getRegisteredAt());
    }

    public Complaint registerComplaint(ComplaintRegistration registration, String registeredBy) {
        Instant now = clock.instant();
        // Everything that can refuse the registration runs before the number is taken: numbers are
        // gap-free (001 §3.1), so a refused request must not consume one.
        var violations = RegistrationPolicy.check(registration, now);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String customerId = resolveCustomer(registration);
        String number = sequenceNumbers.next(NUMBER_PREFIX);
        Complaint saved = complaints.insert(Complaint.register(number, registration, customerId, registeredBy, now));
        auditLog.record(new AuditEvent(registeredBy, "complaint.registered", "Complaint", saved.getNumber(),
                Map.of("channel", saved.getChannel().name(), "kind", saved.getKind().name())));
        return saved;
    }

    public Complaint get(String number) {
        return complaints.findByNumber(number).orElseThrow(() -> new RecordNotFoundException("complaint", number));
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
