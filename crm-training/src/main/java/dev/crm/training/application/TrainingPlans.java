package dev.crm.training.application;

import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.DuplicateRecordException;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.core.api.ResultPage;
import dev.crm.training.domain.Course;
import dev.crm.training.domain.TrainingPlan;
import dev.crm.training.persistence.TrainingPlanRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/** Departments' training plans: one per department and period. */
@Service
public class TrainingPlans {

    private final TrainingPlanRepository plans;
    private final Organisation organisation;
    private final Courses courses;
    private final AuditLog auditLog;
    private final Clock clock;

    TrainingPlans(TrainingPlanRepository plans, Organisation organisation, Courses courses, AuditLog auditLog,
                  Clock clock) {
        this.plans = plans;
        this.organisation = organisation;
        this.courses = courses;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public TrainingPlan draft(String departmentCode, LocalDate periodStart, LocalDate periodEnd, String title,
                              String needsAnalysis, String by) {
        if (!organisation.exists(departmentCode)) {
            throw new BusinessRuleViolationException("A plan is for a department of ours",
                    List.of(new FieldViolation("departmentCode", "no department '" + departmentCode + "'")));
        }
        String code = organisation.get(departmentCode).code();
        TrainingPlan plan = TrainingPlan.draft(UUID.randomUUID().toString(), code, periodStart, periodEnd, title,
                needsAnalysis, by, clock.instant());
        TrainingPlan saved;
        try {
            saved = plans.insert(plan);
        } catch (DuplicateKeyException samePeriod) {
            throw new DuplicateRecordException("training plan", "periodStart",
                    code + " " + periodStart + ".." + periodEnd);
        }
        auditLog.record(new AuditEvent(by, "training.plan-drafted", "TrainingPlan", saved.id(),
                Map.of("department", code)));
        return saved;
    }

    public TrainingPlan recordNeedsAnalysis(String id, String notes, String by) {
        return change(id, "needs-analysis-recorded", by, plan -> plan.recordNeedsAnalysis(notes, by, clock.instant()));
    }

    public TrainingPlan planCourse(String id, String courseCode, LocalDate dueDate, String audience, String by) {
        Course course;
        try {
            course = courses.get(courseCode);
        } catch (RecordNotFoundException unknown) {
            throw new BusinessRuleViolationException("A plan schedules courses of the catalogue",
                    List.of(new FieldViolation("courseCode", "no course '" + courseCode + "'")));
        }
        return change(id, "course-planned", by, plan -> plan.planCourse(course, dueDate, audience, by,
                clock.instant()));
    }

    public TrainingPlan advance(String id, String by) {
        return change(id, "plan-advanced", by, plan -> plan.advance(by, clock.instant()));
    }

    public TrainingPlan get(String id) {
        return plans.findById(id).orElseThrow(() -> new RecordNotFoundException("training plan", id));
    }

    public ResultPage<TrainingPlan> list(String departmentCode, PageQuery query) {
        PageRequest request = PageRequest.of(query.page(), query.size(), Sort.by("periodStart", "_id"));
        Page<TrainingPlan> page = departmentCode == null ? plans.findAll(request)
                : plans.findByDepartmentCode(departmentCode.strip().toUpperCase(java.util.Locale.ROOT), request);
        return new ResultPage<>(page.getContent(), query.page(), query.size(), page.getTotalElements());
    }

    private TrainingPlan change(String id, String action, String by, Consumer<TrainingPlan> command) {
        TrainingPlan plan = get(id);
        command.accept(plan);
        TrainingPlan saved = plans.save(plan);
        auditLog.record(new AuditEvent(by, "training." + action, "TrainingPlan", id,
                Map.of("stage", saved.stage().name())));
        return saved;
    }
}
