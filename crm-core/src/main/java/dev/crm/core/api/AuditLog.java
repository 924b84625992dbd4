package dev.crm.core.api;

import java.util.List;

/** The append-only audit log: entries are written once and never changed or deleted. */
public interface AuditLog {

    AuditRecord record(AuditEvent event);

    /** Everything recorded about one record, oldest first. */
    List<AuditRecord> historyOf(String recordType, String recordId);
}
