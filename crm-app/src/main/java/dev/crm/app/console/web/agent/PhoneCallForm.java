package dev.crm.app.console.web.agent;

import dev.crm.complaint.api.Channel;
import dev.crm.complaint.api.ComplaintKind;
import dev.crm.complaint.api.ComplaintRegistration;
import dev.crm.complaint.api.ContactForm;
import dev.crm.complaint.api.ImpactScope;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The registration form of POST /api/v1/complaints, as an agent fills it during a call: the same
 * fields and length bounds; which are mandatory is the complaint module's rule (RegistrationPolicy),
 * reported back per field. Times are wall-clock times in the business time zone.
 */
record PhoneCallForm(ComplaintKind kind, Channel channel, ContactForm form,
                     @DateTimeFormat(pattern = LOCAL_MINUTES, fallbackPatterns = LOCAL_SECONDS) LocalDateTime receivedAt,
                     @Size(max = 64) String customerId, @Size(max = 254) String contactHint, String description,
                     String customerDemand, String expectedResult,
                     @DateTimeFormat(pattern = LOCAL_MINUTES, fallbackPatterns = LOCAL_SECONDS) LocalDateTime occurredAt,
                     ImpactScope impactScope, @Size(max = 200) String productReference,
                     @Size(max = 100) String productCategory) {

    /** What an HTML datetime-local input sends. */
    static final String LOCAL_MINUTES = "yyyy-MM-dd'T'HH:mm";
    static final String LOCAL_SECONDS = "yyyy-MM-dd'T'HH:mm:ss";

    /** A blank form for a call taking place now: a phone call is oral, received and occurred now. */
    static PhoneCallForm forCallAt(LocalDateTime now) {
        return new PhoneCallForm(ComplaintKind.COMPLAINT, Channel.PHONE, ContactForm.ORAL, now, null, null, null, null,
                null, now, ImpactScope.SINGLE_CUSTOMER, null, null);
    }

    ComplaintRegistration registration(ZoneId zone) {
        return new ComplaintRegistration(kind, channel, form, receivedAt == null ? null : receivedAt.atZone(zone).toInstant(),
                blank(customerId), blank(contactHint), description, customerDemand, blank(expectedResult),
                occurredAt == null ? null : occurredAt.atZone(zone).toInstant(), impactScope, blank(productReference),
                blank(productCategory), List.of());
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
