package dev.crm.customer.application;

import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.customer.domain.ValueRules;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.data.mongodb.core.MongoOperations;

/** The current tier and stage rules: the shipped defaults until an administrator changes them. */
@Service
public class ValueRulesStore {

    private final MongoOperations mongo;
    private final AuditLog auditLog;
    private final Clock clock;

    ValueRulesStore(MongoOperations mongo, AuditLog auditLog, Clock clock) {
        this.mongo = mongo;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public ValueRules current() {
        ValueRules stored = mongo.findById(ValueRules.CURRENT, ValueRules.class);
        return stored == null ? ValueRules.defaults() : stored;
    }

    public ValueRules replace(ValueRules rules, String by) {
        ValueRules revised = rules.revised(by, clock.instant());
        mongo.save(revised);
        auditLog.record(AuditEvent.of(by, "value-rules.replaced", "ValueRules", ValueRules.CURRENT));
        return revised;
    }
}
