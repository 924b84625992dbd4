package dev.crm.complaint.application;

import dev.crm.complaint.api.ComplaintState;
import dev.crm.complaint.domain.Complaint;
import dev.crm.complaint.domain.SlaEvent;
import dev.crm.complaint.domain.SlaSettings;
import dev.crm.complaint.persistence.ComplaintRepository;
import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.core.api.Role;
import dev.crm.core.api.StaffDirectory;
import dev.crm.core.api.StaffMember;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Runs lifecycle commands: load, check who may act, let the aggregate decide, save with the
 * version check, then notify and audit. Two agents acting at once: one save wins, the other gets
 * an optimistic-lock conflict (409) and nothing of either is half-written.
 */
@Service
public class ComplaintCommands {

    /** A lifecycle command against the aggregate. */
    @FunctionalInterface
    public interface Command {
        void apply(Complaint complaint, String by, Instant at, SlaSettings sla);
    }

    /** Who may run a command: the complaint's workers, or supervisors only. */
    public enum Who { WORKERS, SUPERVISORS }

    private final ComplaintRepository complaints;
    private final SlaPolicies slaPolicies;
    private final SlaNotifications notifications;
    private final CustomerUpdates customerUpdates;
    private final SurveyDelivery surveys;
    private final CurrentStaff currentStaff;
    private final StaffDirectory staffDirectory;
    private final AuditLog auditLog;
    private final ProblemDetection problemDetection;
    private final Clock clock;

    ComplaintCommands(ComplaintRepository complaints, SlaPolicies slaPolicies, SlaNotifications notifications,
                      CustomerUpdates customerUpdates, SurveyDelivery surveys, CurrentStaff currentStaff,
                      StaffDirectory staffDirectory, AuditLog auditLog, ProblemDetection problemDetection,
                      Clock clock) {
        this.complaints = complaints;
        this.slaPolicies = slaPolicies;
        this.notifications = notifications;
        this.customerUpdates = customerUpdates;
        this.surveys = surveys;
        this.currentStaff = currentStaff;
        this.staffDirectory = staffDirectory;
        this.auditLog = auditLog;
        this.problemDetection = problemDetection;
        this.clock = clock;
    }

    /**
     * @param expectedVersion the version the caller last saw (If-Match), or null to act on the current one
     */
    public Complaint run(String number, Long expectedVersion, String action, Who who, Command command) {
        Complaint complaint = complaints.findByNumber(number)
                .orElseThrow(() -> new RecordNotFoundException("complaint", number));
        requireAllowed(complaint, who);
        if (expectedVersion != null && !Objects.equals(expectedVersion, complaint.getVersion())) {
            throw new OptimisticLockingFailureException("complaint " + number + " is at version "
                    + complaint.getVersion() + ", not " + expectedVersion);
        }
        int eventsBefore = complaint.getSlaEvents().size();
        ComplaintState stateBefore = complaint.getState();
        String by = currentStaff.username();
        Instant at = clock.instant();
        command.apply(complaint, by, at, slaPolicies.settings(null));
        surveys.beforeSave(stateBefore, complaint, at);
        // An assessment that set the type lets detection look for repeat and batch complaints now.
        Complaint saved = problemDetection.examineIfDue(complaints.save(complaint));
        List<SlaEvent> newEvents = saved.getSlaEvents().subList(eventsBefore, saved.getSlaEvents().size());
        notifications.notify(saved, newEvents);
        if (stateBefore != ComplaintState.RESOLVED && saved.getState() == ComplaintState.RESOLVED) {
            customerUpdates.resolved(saved);
        }
        surveys.afterSave(stateBefore, saved);
        auditLog.record(AuditEvent.of(by, "complaint." + action, "Complaint", number));
        return saved;
    }

    /**
     * ADMIN acts on all complaints; SUPERVISOR on those of their department and those no department
     * handles yet (a supervisor without a department supervises all); AGENT on its own complaints,
     * those it handles and unowned ones; ANALYST only reads.
     */
    private void requireAllowed(Complaint complaint, Who who) {
        if (!mayRun(complaint, who)) {
            throw new AccessDeniedException("not allowed to act on complaint " + complaint.getNumber());
        }
    }

    /** Whether the signed-in staff member may run commands of this kind on the complaint (see above). */
    public boolean mayRun(Complaint complaint, Who who) {
        if (currentStaff.hasRole(Role.ADMIN)) {
            return true;
        }
        if (currentStaff.hasRole(Role.SUPERVISOR)) {
            String mine = staffDirectory.findByUsername(currentStaff.username())
                    .map(StaffMember::department).orElse(null);
            String handling = complaint.getAssignment() == null ? null : complaint.getAssignment().department();
            if (mine == null || handling == null || mine.equals(handling)) {
                return true;
            }
        }
        if (who == Who.WORKERS && currentStaff.hasRole(Role.AGENT)) {
            String me = currentStaff.username();
            boolean handler = complaint.getAssignment() != null && me.equals(complaint.getAssignment().handler());
            return complaint.getOwner() == null || me.equals(complaint.getOwner()) || handler;
        }
        return false;
    }
}
