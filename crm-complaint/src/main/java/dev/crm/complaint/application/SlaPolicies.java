package dev.crm.complaint.application;

import dev.crm.complaint.domain.DefaultSlaPolicies;
import dev.crm.complaint.domain.SlaPolicy;
import dev.crm.complaint.domain.SlaPolicyBook;
import dev.crm.complaint.domain.SlaSettings;
import dev.crm.complaint.persistence.SlaPolicyRepository;
import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.DuplicateRecordException;
import dev.crm.core.api.RecordNotFoundException;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** The SLA policy list: seeded with the shipped schemes on first start, then edited as data. */
@Service
@EnableConfigurationProperties(ComplaintProperties.class)
public class SlaPolicies implements ApplicationRunner {

    private final SlaPolicyRepository policies;
    private final ComplaintProperties properties;
    private final AuditLog auditLog;

    SlaPolicies(SlaPolicyRepository policies, ComplaintProperties properties, AuditLog auditLog) {
        this.policies = policies;
        this.properties = properties;
        this.auditLog = auditLog;
    }

    /** Seeds the shipped policies when the list is empty; with several nodes, one insert per id wins. */
    @Override
    public void run(ApplicationArguments args) {
        if (policies.count() > 0) {
            return;
        }
        for (SlaPolicy policy : DefaultSlaPolicies.all()) {
            try {
                policies.insert(policy);
            } catch (DuplicateKeyException anotherNodeSeeded) {
                // already there
            }
        }
    }

    public SlaSettings settings(String customerTier) {
        return settings(customerTier, false);
    }

    public SlaSettings settings(String customerTier, boolean priorityService) {
        return new SlaSettings(new SlaPolicyBook(policies.findAll()), properties.warningShare(),
                properties.escalateAfter(), customerTier, priorityService);
    }

    public List<SlaPolicy> list() {
        return policies.findAllByOrderByPositionAsc();
    }

    public SlaPolicy get(String id) {
        return policies.findById(id).orElseThrow(() -> new RecordNotFoundException("SLA policy", id));
    }

    public SlaPolicy create(SlaPolicy policy, String by) {
        if (policies.existsById(policy.id())) {
            throw new DuplicateRecordException("SLA policy", "id", policy.id());
        }
        try {
            SlaPolicy saved = policies.insert(policy);
            auditLog.record(AuditEvent.of(by, "sla-policy.created", "SlaPolicy", saved.id()));
            return saved;
        } catch (DuplicateKeyException race) {
            throw new DuplicateRecordException("SLA policy", "id", policy.id());
        }
    }

    /** Replaces a policy; the caller's version must be current (optimistic lock, 409 otherwise). */
    public SlaPolicy replace(SlaPolicy policy, String by) {
        get(policy.id());
        SlaPolicy saved = policies.save(policy);
        auditLog.record(AuditEvent.of(by, "sla-policy.changed", "SlaPolicy", saved.id()));
        return saved;
    }

    public void delete(String id, String by) {
        policies.delete(get(id));
        auditLog.record(AuditEvent.of(by, "sla-policy.deleted", "SlaPolicy", id));
    }

    public ComplaintProperties properties() {
        return properties;
    }
}
