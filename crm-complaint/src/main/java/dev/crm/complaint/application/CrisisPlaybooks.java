package dev.crm.complaint.application;

import dev.crm.complaint.domain.crisis.CrisisDrill;
import dev.crm.complaint.domain.crisis.CrisisPlaybook;
import dev.crm.complaint.domain.crisis.CrisisType;
import dev.crm.complaint.domain.crisis.PlaybookStep;
import dev.crm.complaint.persistence.CrisisDrillRepository;
import dev.crm.complaint.persistence.CrisisPlaybookRepository;
import dev.crm.complaint.persistence.ProblemSearch;
import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.DuplicateRecordException;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.core.api.ResultPage;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * The playbook library (emergency plans, 003 ch. 6; 004 §6.3) and the drills held on its playbooks.
 * Crises copy a playbook's steps, so revising or deleting one leaves running crises as they are;
 * drills keep the playbook's name.
 */
@Service
public class CrisisPlaybooks {

    private final CrisisPlaybookRepository playbooks;
    private final CrisisDrillRepository drills;
    private final ProblemSearch search;
    private final CurrentStaff currentStaff;
    private final AuditLog auditLog;
    private final Clock clock;

    CrisisPlaybooks(CrisisPlaybookRepository playbooks, CrisisDrillRepository drills, ProblemSearch search,
                    CurrentStaff currentStaff, AuditLog auditLog, Clock clock) {
        this.playbooks = playbooks;
        this.drills = drills;
        this.search = search;
        this.currentStaff = currentStaff;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public List<CrisisPlaybook> list() {
        return playbooks.findAllByOrderByNameAsc();
    }

    public CrisisPlaybook get(String id) {
        return playbooks.findById(id).orElseThrow(() -> new RecordNotFoundException("crisis playbook", id));
    }

    public CrisisPlaybook create(String name, CrisisType crisisType, String description, List<PlaybookStep> steps) {
        String by = currentStaff.username();
        CrisisPlaybook playbook = CrisisPlaybook.write(name, crisisType, description, steps, by, clock.instant());
        CrisisPlaybook saved = saveUniquelyNamed(() -> playbooks.insert(playbook), playbook.getName());
        auditLog.record(AuditEvent.of(by, "crisis-playbook.created", "CrisisPlaybook", saved.getId()));
        return saved;
    }

    /** @param expectedVersion the version the editor read (If-Match), or null for the current one */
    public CrisisPlaybook revise(String id, Long expectedVersion, String name, CrisisType crisisType,
                                 String description, List<PlaybookStep> steps) {
        CrisisPlaybook playbook = get(id);
        if (expectedVersion != null && !Objects.equals(expectedVersion, playbook.getVersion())) {
            throw new OptimisticLockingFailureException("playbook " + id + " is at version " + playbook.getVersion()
                    + ", not " + expectedVersion);
        }
        String by = currentStaff.username();
        playbook.revise(name, crisisType, description, steps, by, clock.instant());
        CrisisPlaybook saved = saveUniquelyNamed(() -> playbooks.save(playbook), playbook.getName());
        auditLog.record(AuditEvent.of(by, "crisis-playbook.revised", "CrisisPlaybook", id));
        return saved;
    }

    public void delete(String id) {
        playbooks.delete(get(id));
        auditLog.record(AuditEvent.of(currentStaff.username(), "crisis-playbook.deleted", "CrisisPlaybook", id));
    }

    /** Records a drill held on a playbook (003 ch. 6). */
    public CrisisDrill recordDrill(String playbookId, String scenario, Instant heldAt, List<String> participants,
                                   String findings, Integer durationMinutes) {
        Instant now = clock.instant();
        List<FieldViolation> violations = new ArrayList<>(CrisisDrill.check(scenario, heldAt, participants, findings,
                durationMinutes, now));
        CrisisPlaybook playbook = playbookId == null || playbookId.isBlank() ? null
                : playbooks.findById(playbookId.strip()).orElse(null);
        if (playbook == null) {
            violations.add(0, new FieldViolation("playbookId", playbookId == null || playbookId.isBlank()
                    ? "is required" : "no playbook with this id"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String by = currentStaff.username();
        CrisisDrill drill = drills.insert(CrisisDrill.record(playbook, scenario, heldAt, participants, findings,
                durationMinutes, by, now));
        auditLog.record(AuditEvent.of(by, "crisis-drill.recorded", "CrisisDrill", drill.id()));
        return drill;
    }

    public CrisisDrill drill(String id) {
        return drills.findById(id).orElseThrow(() -> new RecordNotFoundException("crisis drill", id));
    }

    public ResultPage<CrisisDrill> drills(String playbookId, PageQuery page) {
        return search.drills(playbookId, page);
    }

    private static CrisisPlaybook saveUniquelyNamed(Supplier<CrisisPlaybook> save, String name) {
        try {
            return save.get();
        } catch (DuplicateKeyException nameTaken) {
            throw new DuplicateRecordException("crisis playbook", "name", name);
        }
    }
}
