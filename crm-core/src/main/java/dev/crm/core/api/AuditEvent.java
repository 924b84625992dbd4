package dev.crm.core.api;

import java.util.Map;
import java.util.Objects;

/**
 * Something a person or the system did to a record: {@code actor} did {@code action} to the
 * {@code recordType} with {@code recordId}. Details carry the little context worth keeping
 * (never secrets: passwords and tokens stay out of the audit log).
 */
public record AuditEvent(String actor, String action, String recordType, String recordId, Map<String, String> details) {

    public AuditEvent {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(recordId, "recordId");
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public static AuditEvent of(String actor, String action, String recordType, String recordId) {
        return new AuditEvent(actor, action, recordType, recordId, Map.of());
    }
}
