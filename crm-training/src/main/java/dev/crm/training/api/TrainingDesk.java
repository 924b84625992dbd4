package dev.crm.training.api;

import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * HR's work on the catalogue, training plans and enrolments, for the web console. Acts as the
 * signed-in staff member with the same rules as the REST API: the caller's role is checked by the
 * console page (as by the API's controllers), privacy of personal records here.
 *
 * <p>Refusals are the module's: {@link dev.crm.core.api.InvalidInputException} and
 * {@link dev.crm.core.api.BusinessRuleViolationException} naming the field,
 * {@link dev.crm.core.api.RecordNotFoundException}, {@link dev.crm.core.api.DuplicateRecordException}.
 */
public interface TrainingDesk {

    ResultPage<CourseVersion> courses(CourseCategory category, PageQuery page);

    CourseVersion course(String code);

    /** Every version of a course, oldest first. */
    List<CourseVersion> versions(String code);

    CourseVersion offer(String code, CourseInput input);

    /** A new version when anything changed, the same one otherwise. */
    CourseVersion revise(String code, CourseInput input);

    /** The organisation's units, by code, for choosing a plan's department. */
    List<DepartmentOutline> departments();

    ResultPage<PlanView> plans(String departmentCode, PageQuery page);

    PlanView plan(String id);

    PlanView draftPlan(String departmentCode, LocalDate periodStart, LocalDate periodEnd, String title,
                       String needsAnalysis);

    PlanView planCourse(String planId, String courseCode, LocalDate dueDate, String audience);

    PlanView advancePlan(String planId);

    /** Enrolments in a course (any version), of the people the caller may see, by due date. */
    List<EnrolmentView> enrolmentsIn(String courseCode);

    /** Enrolments made for a plan, of the people the caller may see, by due date. */
    List<EnrolmentView> enrolmentsFor(String planId);

    /** A person's enrolments, by due date (403 unless the caller may see the person). */
    ResultPage<EnrolmentView> enrolmentsOf(String staff, PageQuery page);

    EnrolmentView enrolment(String id);

    EnrolmentView enrol(String staff, String courseCode, LocalDate dueDate, String planId);

    EnrolmentView recordAttendance(String enrolmentId, LocalDate date, boolean present, int minutes, String note);

    EnrolmentView complete(String enrolmentId, Integer score);

    EnrolmentView cancel(String enrolmentId, String reason);

    /** What HR writes for a course; blank owner means the caller. */
    record CourseInput(String title, CourseCategory category, DeliveryForm deliveryForm, Integer durationMinutes,
                       Integer passMarkPercent, String owner, List<String> prerequisites,
                       Integer certificateValidMonths) {
    }

    record CourseVersion(String code, int revision, String title, CourseCategory category, DeliveryForm deliveryForm,
                         int durationMinutes, int passMarkPercent, String owner, List<String> prerequisites,
                         Integer certificateValidMonths, Instant revisedAt, String revisedBy) {
    }

    record DepartmentOutline(String code, String name, OrgTier tier) {
    }

    /** @param stage the 000 §7.2 cycle stage: NEEDS_ANALYSIS, COURSE_DESIGN, DELIVERY, EVALUATION, CLOSED */
    record PlanView(String id, String departmentCode, LocalDate periodStart, LocalDate periodEnd, String title,
                    String needsAnalysis, List<PlannedCourseView> courses, String stage, boolean closed,
                    Instant createdAt, String createdBy) {
    }

    record PlannedCourseView(String courseCode, LocalDate dueDate, String audience) {
    }

    /**
     * @param reason ASSIGNED, PLANNED, REMEDIAL or RECERTIFICATION
     * @param status ENROLLED, COMPLETED or CANCELLED
     */
    record EnrolmentView(String id, String staff, String courseCode, int courseRevision, String reason, String planId,
                         LocalDate dueDate, String status, boolean open, List<AttendanceView> attendance,
                         Instant enrolledAt, String enrolledBy, Instant completedAt, Integer score,
                         String cancelReason) {
    }

    record AttendanceView(LocalDate date, boolean present, int minutes, String note, String recordedBy) {
    }
}
