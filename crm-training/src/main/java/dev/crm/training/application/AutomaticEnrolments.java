package dev.crm.training.application;

import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.BusinessTimeZone;
import dev.crm.training.domain.Course;
import dev.crm.training.domain.Enrolment;
import dev.crm.training.domain.EnrolmentReason;
import dev.crm.training.persistence.EnrolmentRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Enrolments the system opens on its own — remedial training after a substantiated complaint,
 * re-certification before a certificate expires — exactly once per trigger, from any node, however
 * often it is asked. The trigger key is unique on the enrolments; when the person already has an
 * open enrolment in the course, the trigger joins it instead of opening a second one.
 */
@Service
public class AutomaticEnrolments {

    static final String SYSTEM = "system";
    private static final int ATTEMPTS = 5;

    /** What became of an automatic assignment. */
    public enum Outcome { ENROLLED, JOINED_OPEN_ENROLMENT, ALREADY_DONE }

    public record Assignment(Outcome outcome, Enrolment enrolment) {
    }

    private final EnrolmentRepository enrolments;
    private final AuditLog auditLog;
    private final BusinessTimeZone zone;
    private final Clock clock;

    AutomaticEnrolments(EnrolmentRepository enrolments, AuditLog auditLog, BusinessTimeZone zone, Clock clock) {
        this.enrolments = enrolments;
        this.auditLog = auditLog;
        this.zone = zone;
        this.clock = clock;
    }

    public Assignment assign(String staff, Course course, EnrolmentReason reason, String triggerKey,
                             LocalDate dueDate, Instant at) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Optional<Enrolment> done = enrolments.findByTriggerKey(triggerKey);
            if (done.isPresent()) {
                return new Assignment(Outcome.ALREADY_DONE, done.get());
            }
            LocalDate today = LocalDate.ofInstant(clock.instant(), zone.zone());
            Enrolment fresh = Enrolment.enrol(UUID.randomUUID().toString(), staff, course, reason, null, triggerKey,
                    dueDate.isBefore(today) ? today : dueDate, today, SYSTEM, at);
            try {
                Enrolment saved = enrolments.insert(fresh);
                auditLog.record(new AuditEvent(SYSTEM, "training.enrolled", "Enrolment", saved.id(),
                        Map.of("staff", staff, "course", course.code(), "reason", reason.name(),
                                "trigger", triggerKey)));
                return new Assignment(Outcome.ENROLLED, saved);
            } catch (DuplicateKeyException taken) {
                Optional<Assignment> joined = join(staff, course, triggerKey);
                if (joined.isPresent()) {
                    return joined.get();
                }
            } catch (OptimisticLockingFailureException raced) {
                // another node joined the open enrolment at the same moment: look again
            }
        }
        throw new IllegalStateException("could not assign " + course.code() + " to " + staff + " for " + triggerKey);
    }

    /** The trigger's enrolment if it exists by now, else the open one of the course, which it then joins. */
    private Optional<Assignment> join(String staff, Course course, String triggerKey) {
        Optional<Enrolment> done = enrolments.findByTriggerKey(triggerKey);
        if (done.isPresent()) {
            return Optional.of(new Assignment(Outcome.ALREADY_DONE, done.get()));
        }
        Optional<Enrolment> open = enrolments.findByOpenKey(Enrolment.openKey(staff, course.code()));
        if (open.isEmpty()) {
            return Optional.empty(); // the open one ended meanwhile: the next attempt enrols
        }
        Enrolment enrolment = open.get();
        if (!enrolment.alsoTriggeredBy(triggerKey)) {
            return Optional.of(new Assignment(Outcome.ALREADY_DONE, enrolment));
        }
        Enrolment saved = enrolments.save(enrolment);
        auditLog.record(new AuditEvent(SYSTEM, "training.enrolment-also-triggered", "Enrolment", saved.id(),
                Map.of("trigger", triggerKey)));
        return Optional.of(new Assignment(Outcome.JOINED_OPEN_ENROLMENT, saved));
    }
}
