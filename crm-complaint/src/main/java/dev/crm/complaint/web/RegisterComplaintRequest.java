package dev.crm.complaint.web;

import dev.crm.complaint.api.AttachmentRef;
import dev.crm.complaint.api.Channel;
import dev.crm.complaint.api.ComplaintKind;
import dev.crm.complaint.api.ContactForm;
import dev.crm.complaint.api.ImpactScope;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * The registration form. Which fields are mandatory is the domain's rule (RegistrationPolicy), so
 * the same rule holds for channel intake; here only lengths are bounded.
 */
record RegisterComplaintRequest(
        ComplaintKind kind,
        Channel channel,
        ContactForm form,
        Instant receivedAt,
        @Size(max = 64) String customerId,
        @Size(max = 254) String contactHint,
        String description,
        String customerDemand,
        String expectedResult,
        Instant occurredAt,
        ImpactScope impactScope,
        @Size(max = 200) String productReference,
        @Size(max = 100) String productCategory,
        List<AttachmentRef> attachments) {
}
