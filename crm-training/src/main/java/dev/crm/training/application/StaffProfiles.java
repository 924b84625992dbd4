package dev.crm.training.application;

import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.DuplicateRecordException;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.core.api.ResultPage;
import dev.crm.core.api.StaffDirectory;
import dev.crm.training.api.ReportingLines;
import dev.crm.training.domain.StaffProfile;
import dev.crm.training.persistence.StaffProfileRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * Staff profiles, each linked to a core staff account, and the reporting lines they form. A profile
 * names an existing account, an existing department and (optionally) a supervisor who has a profile;
 * the supervisor links never loop.
 */
@Service
public class StaffProfiles implements ReportingLines {

    /** Deeper than any organisation; bounds every walk up or down the reporting lines. */
    private static final int MAX_DEPTH = 1_000;

    private final StaffProfileRepository profiles;
    private final StaffDirectory staffDirectory;
    private final Organisation organisation;
    private final AuditLog auditLog;
    private final Clock clock;

    StaffProfiles(StaffProfileRepository profiles, StaffDirectory staffDirectory, Organisation organisation,
                  AuditLog auditLog, Clock clock) {
        this.profiles = profiles;
        this.staffDirectory = staffDirectory;
        this.organisation = organisation;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public StaffProfile create(String username, StaffProfile.Details details, String by) {
        String name = username == null ? null : username.strip();
        if (name != null && !name.isEmpty() && staffDirectory.findByUsername(name).isEmpty()) {
            throw unknown("username", "no staff account '" + name + "'");
        }
        if (name != null && profiles.existsById(name)) {
            throw new DuplicateRecordException("staff profile", "username", name);
        }
        StaffProfile profile = StaffProfile.create(name, details, this::supervisorOf, by, clock.instant());
        checkReferences(profile);
        StaffProfile saved;
        try {
            saved = profiles.insert(profile);
        } catch (DuplicateKeyException race) {
            throw new DuplicateRecordException("staff profile", "username", name);
        }
        audit(by, "training.staff-profile-created", saved);
        return saved;
    }

    public StaffProfile change(String username, StaffProfile.Details details, String by) {
        StaffProfile profile = get(username);
        profile.change(details, this::supervisorOf, by, clock.instant());
        checkReferences(profile);
        StaffProfile saved = profiles.save(profile);
        audit(by, "training.staff-profile-changed", saved);
        return saved;
    }

    public StaffProfile get(String username) {
        return profiles.findById(username).orElseThrow(() -> new RecordNotFoundException("staff profile", username));
    }

    public ResultPage<StaffProfile> list(String department, String supervisor, PageQuery query) {
        PageRequest request = PageRequest.of(query.page(), query.size(), Sort.by("_id"));
        String code = department == null ? null : department.strip().toUpperCase(java.util.Locale.ROOT);
        Page<StaffProfile> page;
        if (code != null && supervisor != null) {
            page = profiles.findByDepartmentCodeAndSupervisor(code, supervisor, request);
        } else if (code != null) {
            page = profiles.findByDepartmentCode(code, request);
        } else if (supervisor != null) {
            page = profiles.findBySupervisor(supervisor, request);
        } else {
            page = profiles.findAll(request);
        }
        return new ResultPage<>(page.getContent(), query.page(), query.size(), page.getTotalElements());
    }

    @Override
    public boolean isSelfOrSupervisorOf(String viewer, String person) {
        return viewer != null && (viewer.equals(person) || supervisorChainOf(person).contains(viewer));
    }

    @Override
    public List<String> supervisorChainOf(String person) {
        List<String> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(person));
        Optional<String> next = supervisorOf(person);
        while (next.isPresent() && seen.add(next.get()) && chain.size() < MAX_DEPTH) {
            chain.add(next.get());
            next = supervisorOf(next.get());
        }
        return chain;
    }

    @Override
    public Set<String> reportsOf(String supervisor) {
        Set<String> reports = new LinkedHashSet<>();
        Set<String> level = Set.of(supervisor);
        for (int depth = 0; depth < MAX_DEPTH && !level.isEmpty(); depth++) {
            Set<String> next = new LinkedHashSet<>();
            for (StaffProfile report : profiles.findBySupervisorIn(level)) {
                if (!report.username().equals(supervisor) && reports.add(report.username())) {
                    next.add(report.username());
                }
            }
            level = next;
        }
        return reports;
    }

    private Optional<String> supervisorOf(String username) {
        return profiles.findById(username).flatMap(StaffProfile::supervisor);
    }

    private void checkReferences(StaffProfile profile) {
        if (!organisation.exists(profile.departmentCode())) {
            throw unknown("departmentCode", "no department '" + profile.departmentCode() + "'");
        }
        Optional<String> supervisor = profile.supervisor();
        if (supervisor.isPresent() && !profiles.existsById(supervisor.get())) {
            throw unknown("supervisor", "'" + supervisor.get() + "' has no staff profile");
        }
    }

    private void audit(String by, String action, StaffProfile profile) {
        auditLog.record(new AuditEvent(by, action, "StaffProfile", profile.username(),
                Map.of("department", profile.departmentCode(), "supervisor",
                        profile.supervisor().orElse("-"), "role", profile.role().name())));
    }

    private static BusinessRuleViolationException unknown(String field, String detail) {
        return new BusinessRuleViolationException("The profile refers to something that does not exist",
                List.of(new FieldViolation(field, detail)));
    }
}
