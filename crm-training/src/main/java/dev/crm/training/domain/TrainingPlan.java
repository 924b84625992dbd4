package dev.crm.training.domain;

import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.IllegalStateTransitionException;
import dev.crm.core.api.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A department's training plan for a period, following the cycle of 000 §7.2: the needs analysis
 * is written first, then courses are planned (course design), delivered, and evaluated. One plan
 * per department and period (unique index).
 */
@Document("training_plans")
@CompoundIndex(name = "department_period", def = "{'departmentCode': 1, 'periodStart': 1, 'periodEnd': 1}",
        unique = true)
public class TrainingPlan {

    static final int MAX_COURSES = 100;
    private static final Set<PlanStage> PLANNING = EnumSet.of(PlanStage.NEEDS_ANALYSIS, PlanStage.COURSE_DESIGN);

    @Id
    private final String id;
    private final String departmentCode;
    private final LocalDate periodStart;
    private final LocalDate periodEnd;
    private String title;
    private String needsAnalysis;
    private List<PlannedCourse> courses;
    private PlanStage stage;
    private List<StageChange> stages;
    private final Instant createdAt;
    private final String createdBy;
    @Version
    private Long version;

    TrainingPlan(String id, String departmentCode, LocalDate periodStart, LocalDate periodEnd, String title,
                 String needsAnalysis, List<PlannedCourse> courses, PlanStage stage, List<StageChange> stages,
                 Instant createdAt, String createdBy, Long version) {
        this.id = id;
        this.departmentCode = departmentCode;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.title = title;
        this.needsAnalysis = needsAnalysis;
        this.courses = courses == null ? new ArrayList<>() : new ArrayList<>(courses);
        this.stage = stage;
        this.stages = stages == null ? new ArrayList<>() : new ArrayList<>(stages);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.version = version;
    }

    public static TrainingPlan draft(String id, String departmentCode, LocalDate periodStart, LocalDate periodEnd,
                                     String title, String needsAnalysis, String by, Instant at) {
        List<FieldViolation> violations = new ArrayList<>();
        if (periodStart == null) {
            violations.add(new FieldViolation("periodStart", "is required"));
        }
        if (periodEnd == null) {
            violations.add(new FieldViolation("periodEnd", "is required"));
        }
        if (periodStart != null && periodEnd != null && periodEnd.isBefore(periodStart)) {
            violations.add(new FieldViolation("periodEnd", "must not be before periodStart"));
        }
        if (periodStart != null && periodEnd != null && periodEnd.isAfter(periodStart.plusYears(3))) {
            violations.add(new FieldViolation("periodEnd", "a plan covers at most three years"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        TrainingPlan plan = new TrainingPlan(id, departmentCode, periodStart, periodEnd,
                Codes.text(title, "title", 200), null, List.of(), PlanStage.NEEDS_ANALYSIS, List.of(), at, by, null);
        plan.stages.add(new StageChange(null, PlanStage.NEEDS_ANALYSIS, by, at));
        if (needsAnalysis != null && !needsAnalysis.isBlank()) {
            plan.needsAnalysis = needsAnalysis.strip();
        }
        return plan;
    }

    public void recordNeedsAnalysis(String notes, String by, Instant at) {
        requireStage("record the needs analysis of", PLANNING);
        needsAnalysis = Codes.text(notes, "needsAnalysis", 20_000);
    }

    /** Plans a course, due within the plan's period; planning the same course again moves its due date. */
    public void planCourse(Course course, LocalDate dueDate, String audience, String by, Instant at) {
        requireStage("plan a course in", PLANNING);
        if (dueDate == null || dueDate.isBefore(periodStart) || dueDate.isAfter(periodEnd)) {
            throw new BusinessRuleViolationException("A planned course is due within the plan's period",
                    List.of(new FieldViolation("dueDate", "must be between " + periodStart + " and " + periodEnd)));
        }
        courses.removeIf(planned -> planned.courseCode().equals(course.code()));
        if (courses.size() >= MAX_COURSES) {
            throw new BusinessRuleViolationException("Too many courses in one plan",
                    List.of(new FieldViolation("courseCode", "at most " + MAX_COURSES)));
        }
        courses.add(new PlannedCourse(course.code(), dueDate,
                audience == null || audience.isBlank() ? null : audience.strip()));
    }

    /**
     * Moves to the next stage: course design needs the needs analysis, delivery needs a planned
     * course (000 §7.2: needs analysis → course design → delivery → evaluation).
     */
    public PlanStage advance(String by, Instant at) {
        PlanStage next = switch (stage) {
            case NEEDS_ANALYSIS -> {
                if (needsAnalysis == null) {
                    throw new BusinessRuleViolationException("Course design follows the needs analysis",
                            List.of(new FieldViolation("needsAnalysis", "is required to design courses")));
                }
                yield PlanStage.COURSE_DESIGN;
            }
            case COURSE_DESIGN -> {
                if (courses.isEmpty()) {
                    throw new BusinessRuleViolationException("Delivery needs a planned course",
                            List.of(new FieldViolation("courses", "plan at least one course")));
                }
                yield PlanStage.DELIVERY;
            }
            case DELIVERY -> PlanStage.EVALUATION;
            case EVALUATION -> PlanStage.CLOSED;
            case CLOSED -> throw new IllegalStateTransitionException("training plan", stage.name(), "advance");
        };
        stages.add(new StageChange(stage, next, by, at));
        stage = next;
        return next;
    }

    public java.util.Optional<PlannedCourse> planned(String courseCode) {
        return courses.stream().filter(c -> c.courseCode().equals(courseCode)).findFirst();
    }

    private void requireStage(String command, Set<PlanStage> allowed) {
        if (!allowed.contains(stage)) {
            throw new IllegalStateTransitionException("training plan", stage.name(), command);
        }
    }

    /** Who moved the plan on, and when. */
    public record StageChange(PlanStage from, PlanStage to, String by, Instant at) {
    }

    public String id() { return id; }
    public String departmentCode() { return departmentCode; }
    public LocalDate periodStart() { return periodStart; }
    public LocalDate periodEnd() { return periodEnd; }
    public String title() { return title; }
    public String needsAnalysis() { return needsAnalysis; }
    public List<PlannedCourse> courses() { return List.copyOf(courses); }
    public PlanStage stage() { return stage; }
    public List<StageChange> stages() { return List.copyOf(stages); }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public Long version() { return version; }
}
