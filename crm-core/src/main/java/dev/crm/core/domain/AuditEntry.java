package dev.crm.core.domain;

import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** One immutable line of the audit log. There is no update path: entries are only inserted. */
@Document("audit_log")
@CompoundIndex(name = "record_history", def = "{'recordType': 1, 'recordId': 1, 'at': 1}")
public record AuditEntry(@Id String id, Instant at, String actor, String action, String recordType, String recordId,
                         Map<String, String> details) {
}
