package dev.crm.training.application;

import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import dev.crm.training.api.CourseCategory;
import dev.crm.training.api.TrainingDesk;
import dev.crm.training.domain.Course;
import dev.crm.training.domain.CourseContent;
import dev.crm.training.domain.CourseRevision;
import dev.crm.training.domain.Enrolment;
import dev.crm.training.domain.EnrolmentStatus;
import dev.crm.training.domain.PlanStage;
import dev.crm.training.domain.TrainingPlan;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/** {@link TrainingDesk} over the module's services, as the signed-in staff member. */
@Service
class StaffTrainingDesk implements TrainingDesk {

    private final Courses courses;
    private final Organisation organisation;
    private final TrainingPlans plans;
    private final Enrolments enrolments;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    StaffTrainingDesk(Courses courses, Organisation organisation, TrainingPlans plans, Enrolments enrolments,
                      CurrentStaff currentStaff, Clock clock) {
        this.courses = courses;
        this.organisation = organisation;
        this.plans = plans;
        this.enrolments = enrolments;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    @Override
    public ResultPage<CourseVersion> courses(CourseCategory category, PageQuery page) {
        return courses.list(category, page).map(c -> version(c.code(), c.current()));
    }

    @Override
    public CourseVersion course(String code) {
        Course course = courses.get(code);
        return version(course.code(), course.current());
    }

    @Override
    public List<CourseVersion> versions(String code) {
        Course course = courses.get(code);
        return course.history().stream().map(r -> version(course.code(), r)).toList();
    }

    @Override
    public CourseVersion offer(String code, CourseInput input) {
        String by = currentStaff.username();
        Course course = courses.offer(Course.offer(code, content(input, by), by, clock.instant()), by);
        return version(course.code(), course.current());
    }

    @Override
    public CourseVersion revise(String code, CourseInput input) {
        String by = currentStaff.username();
        Course course = courses.revise(code, content(input, by), by);
        return version(course.code(), course.current());
    }

    @Override
    public List<DepartmentOutline> departments() {
        return organisation.all().stream().map(d -> new DepartmentOutline(d.code(), d.name(), d.tier()))
                .sorted(Comparator.comparing(DepartmentOutline::code)).toList();
    }

    @Override
    public ResultPage<PlanView> plans(String departmentCode, PageQuery page) {
        return plans.list(departmentCode, page).map(StaffTrainingDesk::plan);
    }

    @Override
    public PlanView plan(String id) {
        return plan(plans.get(id));
    }

    @Override
    public PlanView draftPlan(String departmentCode, LocalDate periodStart, LocalDate periodEnd, String title,
                              String needsAnalysis) {
        return plan(plans.draft(departmentCode, periodStart, periodEnd, title, needsAnalysis, currentStaff.username()));
    }

    @Override
    public PlanView planCourse(String planId, String courseCode, LocalDate dueDate, String audience) {
        return plan(plans.planCourse(planId, courseCode, dueDate, audience, currentStaff.username()));
    }

    @Override
    public PlanView advancePlan(String planId) {
        return plan(plans.advance(planId, currentStaff.username()));
    }

    @Override
    public List<EnrolmentView> enrolmentsIn(String courseCode) {
        courses.get(courseCode);
        return enrolments.inCourse(courseCode).stream().map(StaffTrainingDesk::enrolment).toList();
    }

    @Override
    public List<EnrolmentView> enrolmentsFor(String planId) {
        plans.get(planId);
        return enrolments.forPlan(planId).stream().map(StaffTrainingDesk::enrolment).toList();
    }

    @Override
    public ResultPage<EnrolmentView> enrolmentsOf(String staff, PageQuery page) {
        return enrolments.of(staff, null, page).map(StaffTrainingDesk::enrolment);
    }

    @Override
    public EnrolmentView enrolment(String id) {
        return enrolment(enrolments.get(id));
    }

    @Override
    public EnrolmentView enrol(String staff, String courseCode, LocalDate dueDate, String planId) {
        return enrolment(enrolments.enrol(staff, courseCode, dueDate, planId, currentStaff.username()));
    }

    @Override
    public EnrolmentView recordAttendance(String enrolmentId, LocalDate date, boolean present, int minutes,
                                          String note) {
        return enrolment(enrolments.recordAttendance(enrolmentId, date, present, minutes, note,
                currentStaff.username()));
    }

    @Override
    public EnrolmentView complete(String enrolmentId, Integer score) {
        return enrolment(enrolments.complete(enrolmentId, score, currentStaff.username()));
    }

    @Override
    public EnrolmentView cancel(String enrolmentId, String reason) {
        return enrolment(enrolments.cancel(enrolmentId, reason, currentStaff.username()));
    }

    private static CourseContent content(CourseInput input, String caller) {
        // The REST API refuses a missing duration as malformed input (400); the domain takes an int.
        if (input.durationMinutes() == null) {
            throw new InvalidInputException("durationMinutes", "is required");
        }
        String owner = input.owner() == null || input.owner().isBlank() ? caller : input.owner().strip();
        return CourseContent.of(input.title(), input.category(), input.deliveryForm(), input.durationMinutes(),
                input.passMarkPercent(), List.of(), owner, input.prerequisites(), input.certificateValidMonths());
    }

    private static CourseVersion version(String code, CourseRevision revision) {
        CourseContent content = revision.content();
        return new CourseVersion(code, revision.revision(), content.title(), content.category(), content.deliveryForm(),
                content.durationMinutes(), content.passMarkPercent(), content.owner(), content.prerequisites(),
                content.certificateValidMonths(), revision.revisedAt(), revision.revisedBy());
    }

    private static PlanView plan(TrainingPlan plan) {
        return new PlanView(plan.id(), plan.departmentCode(), plan.periodStart(), plan.periodEnd(), plan.title(),
                plan.needsAnalysis(), plan.courses().stream()
                        .map(c -> new PlannedCourseView(c.courseCode(), c.dueDate(), c.audience())).toList(),
                plan.stage().name(), plan.stage() == PlanStage.CLOSED, plan.createdAt(), plan.createdBy());
    }

    private static EnrolmentView enrolment(Enrolment e) {
        return new EnrolmentView(e.id(), e.staff(), e.courseCode(), e.courseRevision(), e.reason().name(), e.planId(),
                e.dueDate(), e.status().name(), e.status() == EnrolmentStatus.ENROLLED, e.attendance().stream()
                        .map(a -> new AttendanceView(a.date(), a.present(), a.minutes(), a.note(), a.recordedBy()))
                        .toList(), e.enrolledAt(), e.enrolledBy(), e.completedAt(), e.score(), e.cancelReason());
    }
}
