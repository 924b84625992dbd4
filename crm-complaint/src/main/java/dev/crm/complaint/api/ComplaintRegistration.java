package dev.crm.complaint.api;

import java.time.Instant;
import java.util.List;

/**
 * What is needed to register a complaint (DOMAIN.md §1.1). {@code receivedAt} may lie in the past
 * (a letter, a phone call registered afterwards): the SLA clock starts at receipt.
 *
 * @param customerId  the known customer, or {@code null} with a {@code contactHint}
 * @param contactHint e-mail, phone or external id when the customer is not (yet) known
 */
public record ComplaintRegistration(ComplaintKind kind, Channel channel, ContactForm form, Instant receivedAt,
                                    String customerId, String contactHint, String description,
                                    String customerDemand, String expectedResult, Instant occurredAt,
                                    ImpactScope impactScope, String productReference, String productCategory,
                                    List<AttachmentRef> attachments) {

    public ComplaintRegistration {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
