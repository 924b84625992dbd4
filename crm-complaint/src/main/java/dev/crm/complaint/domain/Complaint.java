package dev.crm.complaint.domain;

import dev.crm.complaint.api.Channel;
import dev.crm.complaint.api.ComplaintKind;
import dev.crm.complaint.api.ComplaintRegistration;
import dev.crm.complaint.api.ComplaintState;
import dev.crm.complaint.api.ContactForm;
import dev.crm.complaint.api.ImpactScope;
import dev.crm.core.api.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A complaint (or service request, or feedback item) and everything that happened to it. One
 * document, so every state change is one atomic write; transitions happen only through methods
 * of this class, each recording who, when, from, to and why.
 */
@Getter
@Document("complaints")
public class Complaint {

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
    private ComplaintState state;
    private final List<Transition> transitions;
    @Version
    private Long version;

    @PersistenceCreator
    Complaint(String id, String number, ComplaintKind kind, Channel channel, ContactForm form, Instant receivedAt,
              Instant registeredAt, String registeredBy, String customerId, String contactHint, String description,
              String customerDemand, String expectedResult, Instant occurredAt, ImpactScope impactScope,
              String productReference, String productCategory, ComplaintState state, List<Transition> transitions,
              Long version) {
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
        this.state = state;
        this.transitions = transitions == null ? new ArrayList<>() : new ArrayList<>(transitions);
        this.version = version;
    }

    /**
     * Registers a complaint under its number. Receipt defaults to registration time; a missing form
     * follows from the channel (a call is oral, a letter written, the rest electronic).
     *
     * @throws InvalidInputException when {@link RegistrationPolicy} refuses the registration
     */
    public static Complaint register(String number, ComplaintRegistration registration, String customerId,
                                     String by, Instant now) {
        var violations = RegistrationPolicy.check(registration, now);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Instant receivedAt = registration.receivedAt() == null ? now : registration.receivedAt();
        ContactForm form = registration.form() == null ? formOf(registration.channel()) : registration.form();
        ComplaintKind kind = registration.kind() == null ? ComplaintKind.COMPLAINT : registration.kind();
        List<Transition> transitions = List.of(new Transition(null, ComplaintState.REGISTERED, by, now,
                "registered from " + registration.channel()));
        return new Complaint(null, number, kind, registration.channel(), form, receivedAt, now, by, customerId,
                strip(registration.contactHint()), registration.description().strip(),
                registration.customerDemand().strip(), strip(registration.expectedResult()),
                registration.occurredAt(), registration.impactScope(), strip(registration.productReference()),
                strip(registration.productCategory()), ComplaintState.REGISTERED, transitions, null);
    }

    static ContactForm formOf(Channel channel) {
        return switch (channel) {
            case PHONE, ON_SITE -> ContactForm.ORAL;
            case LETTER -> ContactForm.WRITTEN;
            default -> ContactForm.ELECTRONIC;
        };
    }

    public List<Transition> getTransitions() {
        return List.copyOf(transitions);
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
