package dev.crm.training.application;

import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.DuplicateRecordException;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.training.api.OrgTier;
import dev.crm.training.domain.Department;
import dev.crm.training.domain.OrganisationTree;
import dev.crm.training.persistence.DepartmentRepository;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * The departments and teams of the three-tier organisation. An organisation has tens to hundreds of
 * units, so the tree is read whole for each check and listing (decision: no paging of the tree).
 */
@Service
public class Organisation {

    private final DepartmentRepository departments;
    private final AuditLog auditLog;
    private final Clock clock;

    Organisation(DepartmentRepository departments, AuditLog auditLog, Clock clock) {
        this.departments = departments;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public Department found(String code, String name, OrgTier tier, String parentCode, String by) {
        Department unit = Department.found(code, name, tier, parentCode, by, clock.instant());
        if (departments.existsById(unit.code())) {
            throw new DuplicateRecordException("department", "code", unit.code());
        }
        tree().checkPlacement(unit);
        Department saved;
        try {
            saved = departments.insert(unit);
        } catch (DuplicateKeyException race) {
            throw new DuplicateRecordException("department", "code", unit.code());
        }
        auditLog.record(new AuditEvent(by, "training.department-founded", "Department", saved.code(),
                Map.of("tier", saved.tier().name(), "parent", String.valueOf(saved.parentCode()))));
        return saved;
    }

    public Department reshape(String code, String name, OrgTier tier, String parentCode, String by) {
        Department changed = get(code).reshape(name, tier, parentCode, by, clock.instant());
        tree().checkPlacement(changed);
        // The version check refuses a save over a concurrent change of this unit (409). Two moves of
        // different units at the same instant are each checked against the tree before the other: rare
        // HR actions, and every walk up the tree is bounded (see README, decisions).
        Department saved = departments.save(changed);
        auditLog.record(new AuditEvent(by, "training.department-reshaped", "Department", saved.code(),
                Map.of("tier", saved.tier().name(), "parent", String.valueOf(saved.parentCode()))));
        return saved;
    }

    public Department get(String code) {
        String normalised = code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
        return departments.findById(normalised).orElseThrow(() -> new RecordNotFoundException("department", code));
    }

    public boolean exists(String code) {
        return code != null && departments.existsById(code.strip().toUpperCase(java.util.Locale.ROOT));
    }

    public List<Department> all() {
        return departments.findAll(Sort.by("_id"));
    }

    public OrganisationTree tree() {
        return new OrganisationTree(departments.findAll());
    }
}
