package dev.crm.core.api;

import java.time.Instant;
import java.util.Map;

/** One entry of the audit log as read back. */
public record AuditRecord(String id, Instant at, String actor, String action, String recordType, String recordId,
                          Map<String, String> details) {
}
