package dev.crm.complaint.domain;

import dev.crm.complaint.api.ComplaintRegistration;
import dev.crm.core.api.FieldViolation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a registration must contain (DOMAIN.md §1.1: description, occurrence time, impact scope and
 * the customer's demand are mandatory; a complaint belongs to a customer or at least a contact).
 * Checked before a number is taken, so a refused registration never leaves a gap.
 */
public final class RegistrationPolicy {

    public static final int MAX_TEXT = 10_000;
    public static final int MAX_ATTACHMENTS = 20;

    private RegistrationPolicy() {
    }

    public static List<FieldViolation> check(ComplaintRegistration registration, Instant now) {
        List<FieldViolation> violations = new ArrayList<>();
        if (registration.channel() == null) {
            violations.add(new FieldViolation("channel", "is required"));
        }
        requireText(registration.description(), "description", violations);
        requireText(registration.customerDemand(), "customerDemand", violations);
        if (registration.occurredAt() == null) {
            violations.add(new FieldViolation("occurredAt", "is required"));
        } else if (registration.occurredAt().isAfter(now)) {
            violations.add(new FieldViolation("occurredAt", "must not be in the future"));
        }
        if (registration.impactScope() == null) {
            violations.add(new FieldViolation("impactScope", "is required"));
        }
        if (isBlank(registration.customerId()) && isBlank(registration.contactHint())) {
            violations.add(new FieldViolation("customerId", "either customerId or contactHint is required"));
        }
        if (registration.receivedAt() != null && registration.receivedAt().isAfter(now)) {
            violations.add(new FieldViolation("receivedAt", "must not be in the future"));
        }
        if (registration.receivedAt() != null && registration.occurredAt() != null
                && registration.occurredAt().isAfter(registration.receivedAt())) {
            violations.add(new FieldViolation("occurredAt", "must not be after receivedAt"));
        }
        tooLong(registration.expectedResult(), "expectedResult", violations);
        if (registration.attachments().size() > MAX_ATTACHMENTS) {
            violations.add(new FieldViolation("attachments", "at most " + MAX_ATTACHMENTS + " attachments"));
        }
        for (int i = 0; i < registration.attachments().size(); i++) {
            var attachment = registration.attachments().get(i);
            if (attachment == null || isBlank(attachment.fileName())) {
                violations.add(new FieldViolation("attachments[" + i + "].fileName", "is required"));
            } else if (attachment.sizeBytes() < 0) {
                violations.add(new FieldViolation("attachments[" + i + "].sizeBytes", "must not be negative"));
            }
        }
        return violations;
    }

    private static void requireText(String value, String field, List<FieldViolation> violations) {
        if (isBlank(value)) {
            violations.add(new FieldViolation(field, "is required"));
        } else {
            tooLong(value, field, violations);
        }
    }

    private static void tooLong(String value, String field, List<FieldViolation> violations) {
        if (value != null && value.length() > MAX_TEXT) {
            violations.add(new FieldViolation(field, "must be at most " + MAX_TEXT + " characters"));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
