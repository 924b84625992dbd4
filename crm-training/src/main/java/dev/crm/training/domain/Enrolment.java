package dev.crm.training.domain;

import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.IllegalStateTransitionException;
import dev.crm.core.api.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A staff member on one version of a course: due date, attendance, completion. The version is fixed
 * at enrolment — a later revision of the course does not change what this person is taking.
 * <p>
 * Two unique keys make it safe to create from any node, any number of times: {@code openKey}
 * ({@code staff|course}, held while ENROLLED, cleared when it ends) allows one open enrolment per
 * person and course; {@code triggerKey} ({@code complaint:<number>:<staff>},
 * {@code recertification:<certificate>}) makes an automatic assignment happen once.
 */
@Document("training_enrolments")
@CompoundIndexes({
        @CompoundIndex(name = "overdue", def = "{'status': 1, 'dueDate': 1}"),
        @CompoundIndex(name = "staff_course", def = "{'staff': 1, 'courseCode': 1}")
})
public class Enrolment {

    static final int MAX_ATTENDANCE = 500;

    @Id
    private final String id;
    private final String staff;
    private final String courseCode;
    private final int courseRevision;
    private final EnrolmentReason reason;
    private final String planId;
    @Indexed(unique = true, sparse = true)
    private final String triggerKey;
    /** Further automatic triggers that found this enrolment open and joined it instead of opening another. */
    private List<String> alsoTriggeredBy;
    @Indexed(unique = true, sparse = true)
    private String openKey;
    private LocalDate dueDate;
    private EnrolmentStatus status;
    private List<Attendance> attendance;
    private final Instant enrolledAt;
    private final String enrolledBy;
    private Instant completedAt;
    private String completedBy;
    private Integer score;
    private String cancelReason;
    /** Set in the completing write of a certifying course: the certificate is still to be issued. */
    @Indexed(sparse = true)
    private Boolean certificateDue;
    private String certificateId;
    @Version
    private Long version;

    Enrolment(String id, String staff, String courseCode, int courseRevision, EnrolmentReason reason, String planId,
              String triggerKey, List<String> alsoTriggeredBy, String openKey, LocalDate dueDate,
              EnrolmentStatus status, List<Attendance> attendance, Instant enrolledAt, String enrolledBy,
              Instant completedAt, String completedBy, Integer score, String cancelReason, Boolean certificateDue,
              String certificateId, Long version) {
        this.id = id;
        this.staff = staff;
        this.courseCode = courseCode;
        this.courseRevision = courseRevision;
        this.reason = reason;
        this.planId = planId;
        this.triggerKey = triggerKey;
        this.alsoTriggeredBy = alsoTriggeredBy == null ? new ArrayList<>() : new ArrayList<>(alsoTriggeredBy);
        this.openKey = openKey;
        this.dueDate = dueDate;
        this.status = status;
        this.attendance = attendance == null ? new ArrayList<>() : new ArrayList<>(attendance);
        this.enrolledAt = enrolledAt;
        this.enrolledBy = enrolledBy;
        this.completedAt = completedAt;
        this.completedBy = completedBy;
        this.score = score;
        this.cancelReason = cancelReason;
        this.certificateDue = certificateDue;
        this.certificateId = certificateId;
        this.version = version;
    }

    /**
     * @param today the business day of {@code at}: a due date in the past is refused
     */
    public static Enrolment enrol(String id, String staff, Course course, EnrolmentReason reason, String planId,
                                  String triggerKey, LocalDate dueDate, LocalDate today, String by, Instant at) {
        if (dueDate == null) {
            throw new InvalidInputException("dueDate", "is required");
        }
        if (dueDate.isBefore(today)) {
            throw new BusinessRuleViolationException("A due date lies ahead",
                    List.of(new FieldViolation("dueDate", "must not be before " + today)));
        }
        return new Enrolment(id, staff, course.code(), course.revision(), reason, planId, triggerKey, List.of(),
                openKey(staff, course.code()), dueDate, EnrolmentStatus.ENROLLED, List.of(), at, by, null, null, null,
                null, null, null, null);
    }

    public static String openKey(String staff, String courseCode) {
        return staff + "|" + courseCode;
    }

    public void recordAttendance(LocalDate date, boolean present, int minutes, String note, LocalDate today,
                                 String by, Instant at) {
        requireOpen("record attendance on");
        List<FieldViolation> violations = new ArrayList<>();
        if (date == null) {
            violations.add(new FieldViolation("date", "is required"));
        } else if (date.isAfter(today)) {
            violations.add(new FieldViolation("date", "attendance is recorded after the session, not before"));
        }
        if (minutes < 0 || minutes > 24 * 60) {
            violations.add(new FieldViolation("minutes", "must be between 0 and 1440"));
        }
        if (present && minutes == 0) {
            violations.add(new FieldViolation("minutes", "must be more than 0 when present"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (attendance.size() >= MAX_ATTENDANCE) {
            throw new BusinessRuleViolationException("Too many sessions on one enrolment",
                    List.of(new FieldViolation("date", "at most " + MAX_ATTENDANCE + " sessions")));
        }
        attendance.add(new Attendance(date, present, present ? minutes : 0,
                note == null || note.isBlank() ? null : note.strip(), by, at));
    }

    /**
     * Completes the enrolment. The version taken decides: its prerequisites must have been completed
     * first (by this person, in any version), and a course attended in person needs an attendance.
     * A certifying course leaves a certificate due in the same write.
     *
     * @param taken            the course version of this enrolment
     * @param completedCourses codes of the courses this person has completed
     * @param score            the result, if the course was assessed (0..100)
     */
    public void complete(CourseRevision taken, Set<String> completedCourses, Integer score, String by, Instant at) {
        requireOpen("complete");
        if (taken.revision() != courseRevision) {
            throw new IllegalArgumentException("revision " + taken.revision() + " is not the one taken");
        }
        if (score != null && (score < 0 || score > 100)) {
            throw new InvalidInputException("score", "must be between 0 and 100");
        }
        List<String> missing = taken.content().prerequisites().stream()
                .filter(code -> !completedCourses.contains(code)).toList();
        List<FieldViolation> violations = new ArrayList<>();
        if (!missing.isEmpty()) {
            violations.add(new FieldViolation("prerequisites", "complete " + String.join(", ", missing) + " first"));
        }
        if (taken.content().needsAttendance() && attendance.stream().noneMatch(Attendance::present)) {
            violations.add(new FieldViolation("attendance", "a course held in person needs an attended session"));
        }
        if (!violations.isEmpty()) {
            throw new BusinessRuleViolationException("The course cannot be completed yet", violations);
        }
        status = EnrolmentStatus.COMPLETED;
        completedAt = at;
        completedBy = by;
        this.score = score;
        openKey = null;
        if (taken.content().certifies()) {
            certificateDue = Boolean.TRUE;
        }
    }

    public void cancel(String reason, String by, Instant at) {
        requireOpen("cancel");
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleViolationException("Cancelling needs a reason",
                    List.of(new FieldViolation("reason", "is required")));
        }
        status = EnrolmentStatus.CANCELLED;
        cancelReason = reason.strip();
        completedAt = at;
        completedBy = by;
        openKey = null;
    }

    /** Another automatic trigger for the same course while this is open: joins it, once. */
    public boolean alsoTriggeredBy(String key) {
        if (key.equals(triggerKey) || alsoTriggeredBy.contains(key)) {
            return false;
        }
        alsoTriggeredBy.add(key);
        return true;
    }

    public boolean isTriggeredBy(String key) {
        return key.equals(triggerKey) || alsoTriggeredBy.contains(key);
    }

    public void certificateIssued(String certificate) {
        certificateId = certificate;
        certificateDue = null;
    }

    public boolean isOverdue(LocalDate today) {
        return status == EnrolmentStatus.ENROLLED && dueDate.isBefore(today);
    }

    private void requireOpen(String command) {
        if (status != EnrolmentStatus.ENROLLED) {
            throw new IllegalStateTransitionException("enrolment", status.name(), command);
        }
    }

    public String id() { return id; }
    public String staff() { return staff; }
    public String courseCode() { return courseCode; }
    public int courseRevision() { return courseRevision; }
    public EnrolmentReason reason() { return reason; }
    public String planId() { return planId; }
    public String triggerKey() { return triggerKey; }
    public List<String> alsoTriggeredByKeys() { return List.copyOf(alsoTriggeredBy); }
    public LocalDate dueDate() { return dueDate; }
    public EnrolmentStatus status() { return status; }
    public List<Attendance> attendance() { return List.copyOf(attendance); }
    public Instant enrolledAt() { return enrolledAt; }
    public String enrolledBy() { return enrolledBy; }
    public Instant completedAt() { return completedAt; }
    public String completedBy() { return completedBy; }
    public Integer score() { return score; }
    public String cancelReason() { return cancelReason; }
    public boolean isCertificateDue() { return Boolean.TRUE.equals(certificateDue); }
    public String certificateId() { return certificateId; }
    public Long version() { return version; }
}
