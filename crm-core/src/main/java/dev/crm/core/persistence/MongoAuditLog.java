package dev.crm.core.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.AuditRecord;
import dev.crm.core.domain.AuditEntry;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Append-only by construction: this class only ever inserts into {@code audit_log}. */
@Component
class MongoAuditLog implements AuditLog {

    private final MongoOperations mongo;
    private final Clock clock;

    MongoAuditLog(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public AuditRecord record(AuditEvent event) {
        AuditEntry saved = mongo.insert(new AuditEntry(null, clock.instant(), event.actor(), event.action(),
                event.recordType(), event.recordId(), event.details()));
        return toRecord(saved);
    }

    @Override
    public List<AuditRecord> historyOf(String recordType, String recordId) {
        Query query = Query.query(where("recordType").is(recordType).and("recordId").is(recordId))
                .with(Sort.by("at", "_id"));
        return mongo.find(query, AuditEntry.class).stream().map(MongoAuditLog::toRecord).toList();
    }

    private static AuditRecord toRecord(AuditEntry entry) {
        return new AuditRecord(entry.id(), entry.at(), entry.actor(), entry.action(), entry.recordType(),
                entry.recordId(), entry.details());
    }
}
