package dev.crm.training.application;

import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.BusinessTimeZone;
import dev.crm.core.api.DuplicateRecordException;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.core.api.ResultPage;
import dev.crm.core.api.StaffDirectory;
import dev.crm.training.domain.Course;
import dev.crm.training.domain.CourseRevision;
import dev.crm.training.domain.Enrolment;
import dev.crm.training.domain.EnrolmentReason;
import dev.crm.training.domain.EnrolmentStatus;
import dev.crm.training.domain.PlannedCourse;
import dev.crm.training.domain.TrainingPlan;
import dev.crm.training.persistence.EnrolmentRepository;
import dev.crm.training.persistence.TrainingPlanRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * Enrolling staff on courses (at the course's current version), recording attendance, completing —
 * which issues the certificate of a certifying course — and the overdue list.
 */
@Service
public class Enrolments {

    private final EnrolmentRepository enrolments;
    private final TrainingPlanRepository plans;
    private final Courses courses;
    private final Certificates certificates;
    private final StaffDirectory staffDirectory;
    private final TrainingPrivacy privacy;
    private final AuditLog auditLog;
    private final BusinessTimeZone zone;
    private final Clock clock;

    Enrolments(EnrolmentRepository enrolments, TrainingPlanRepository plans, Courses courses,
               Certificates certificates, StaffDirectory staffDirectory, TrainingPrivacy privacy, AuditLog auditLog,
               BusinessTimeZone zone, Clock clock) {
        this.enrolments = enrolments;
        this.plans = plans;
        this.courses = courses;
        this.certificates = certificates;
        this.staffDirectory = staffDirectory;
        this.privacy = privacy;
        this.auditLog = auditLog;
        this.zone = zone;
        this.clock = clock;
    }

    /**
     * @param planId  the training plan this enrolment delivers (null: assigned by HR); the course must
     *                be planned there, and its planned due date is the default
     * @param dueDate null only with a plan
     */
    public Enrolment enrol(String staff, String courseCode, LocalDate dueDate, String planId, String by) {
        if (staff == null || staffDirectory.findByUsername(staff).isEmpty()) {
            throw refused("staff", "no staff account '" + staff + "'");
        }
        Course course = courseNamed(courseCode);
        LocalDate due = dueDate;
        if (planId != null) {
            TrainingPlan plan = plans.findById(planId).orElseThrow(() -> refused("planId", "no training plan '"
                    + planId + "'"));
            Optional<PlannedCourse> planned = plan.planned(course.code());
            if (planned.isEmpty()) {
                throw refused("courseCode", course.code() + " is not planned in " + planId);
            }
            due = due == null ? planned.get().dueDate() : due;
        }
        Instant at = clock.instant();
        Enrolment enrolment = Enrolment.enrol(UUID.randomUUID().toString(), staff, course,
                planId == null ? EnrolmentReason.ASSIGNED : EnrolmentReason.PLANNED, planId, null, due, today(at),
                by, at);
        Enrolment saved;
        try {
            saved = enrolments.insert(enrolment);
        } catch (DuplicateKeyException open) {
            throw new DuplicateRecordException("open enrolment", "courseCode", staff + " in " + course.code());
        }
        auditLog.record(new AuditEvent(by, "training.enrolled", "Enrolment", saved.id(),
                Map.of("staff", staff, "course", course.code(), "revision", String.valueOf(saved.courseRevision()),
                        "reason", saved.reason().name())));
        return saved;
    }

    public Enrolment recordAttendance(String id, LocalDate date, boolean present, int minutes, String note,
                                      String by) {
        Enrolment enrolment = find(id);
        Instant at = clock.instant();
        enrolment.recordAttendance(date, present, minutes, note, today(at), by, at);
        Enrolment saved = enrolments.save(enrolment);
        auditLog.record(new AuditEvent(by, "training.attendance-recorded", "Enrolment", id,
                Map.of("date", String.valueOf(date), "present", String.valueOf(present))));
        return saved;
    }

    /**
     * Completes the enrolment once the prerequisites of the version taken are completed. A certifying
     * course's certificate is issued right after; should that fail, the certificate pass issues it
     * (the enrolment carries {@code certificateDue} from the completing write).
     */
    public Enrolment complete(String id, Integer score, String by) {
        Enrolment enrolment = find(id);
        Course course = courses.get(enrolment.courseCode());
        CourseRevision taken = course.revisionOf(enrolment.courseRevision())
                .orElseThrow(() -> new IllegalStateException("course " + course.code() + " lost version "
                        + enrolment.courseRevision()));
        enrolment.complete(taken, completedCourses(enrolment.staff()), score, by, clock.instant());
        Enrolment saved = enrolments.save(enrolment);
        auditLog.record(new AuditEvent(by, "training.enrolment-completed", "Enrolment", id,
                Map.of("staff", saved.staff(), "course", saved.courseCode())));
        if (saved.isCertificateDue()) {
            certificates.issueFor(saved);
            return find(id);
        }
        return saved;
    }

    public Enrolment cancel(String id, String reason, String by) {
        Enrolment enrolment = find(id);
        enrolment.cancel(reason, by, clock.instant());
        Enrolment saved = enrolments.save(enrolment);
        auditLog.record(new AuditEvent(by, "training.enrolment-cancelled", "Enrolment", id,
                Map.of("reason", saved.cancelReason())));
        return saved;
    }

    public Enrolment get(String id) {
        Enrolment enrolment = find(id);
        privacy.requireMaySee(enrolment.staff());
        return enrolment;
    }

    public ResultPage<Enrolment> of(String staff, EnrolmentStatus status, PageQuery query) {
        privacy.requireMaySee(staff);
        PageRequest request = PageRequest.of(query.page(), query.size(), Sort.by("dueDate", "_id"));
        Page<Enrolment> page = status == null ? enrolments.findByStaff(staff, request)
                : enrolments.findByStaffAndStatus(staff, status, request);
        return new ResultPage<>(page.getContent(), query.page(), query.size(), page.getTotalElements());
    }

    /** Enrolments in a course, any version and status, of the people the caller may see; by due date. */
    public List<Enrolment> inCourse(String courseCode) {
        return visible(enrolments.findByCourseCode(courseCode, Sort.by("dueDate", "_id")));
    }

    /** Enrolments made for a plan, of the people the caller may see; by due date. */
    public List<Enrolment> forPlan(String planId) {
        return visible(enrolments.findByPlanId(planId, Sort.by("dueDate", "_id")));
    }

    private List<Enrolment> visible(List<Enrolment> found) {
        Optional<Set<String>> visible = privacy.visiblePeople();
        return visible.isEmpty() ? found
                : found.stream().filter(e -> visible.get().contains(e.staff())).toList();
    }

    /** Open enrolments past their due date, most overdue first: everyone's for HR, a supervisor's reports' otherwise. */
    public ResultPage<Enrolment> overdue(PageQuery query) {
        LocalDate today = today(clock.instant());
        PageRequest request = PageRequest.of(query.page(), query.size(), Sort.by("dueDate", "_id"));
        Optional<Set<String>> visible = privacy.visiblePeople();
        Page<Enrolment> page = visible.isEmpty()
                ? enrolments.findByStatusAndDueDateBefore(EnrolmentStatus.ENROLLED, today, request)
                : enrolments.findByStatusAndDueDateBeforeAndStaffIn(EnrolmentStatus.ENROLLED, today, visible.get(),
                        request);
        return new ResultPage<>(page.getContent(), query.page(), query.size(), page.getTotalElements());
    }

    /** Codes of the courses the person has completed, in any version. */
    public Set<String> completedCourses(String staff) {
        return enrolments.findByStaffAndStatus(staff, EnrolmentStatus.COMPLETED).stream()
                .map(Enrolment::courseCode).collect(Collectors.toSet());
    }

    private Course courseNamed(String code) {
        try {
            return courses.get(code);
        } catch (RecordNotFoundException unknown) {
            throw refused("courseCode", "no course '" + code + "'");
        }
    }

    private Enrolment find(String id) {
        return enrolments.findById(id).orElseThrow(() -> new RecordNotFoundException("enrolment", id));
    }

    private LocalDate today(Instant at) {
        return LocalDate.ofInstant(at, zone.zone());
    }

    private static BusinessRuleViolationException refused(String field, String detail) {
        return new BusinessRuleViolationException("The enrolment refers to something that does not exist",
                List.of(new FieldViolation(field, detail)));
    }
}
