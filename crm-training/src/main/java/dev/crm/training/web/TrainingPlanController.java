package dev.crm.training.web;

import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import dev.crm.training.application.TrainingPlans;
import dev.crm.training.domain.PlanStage;
import dev.crm.training.domain.PlannedCourse;
import dev.crm.training.domain.TrainingPlan;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Departments' training plans: needs analysis, planned courses, and the stage of the cycle. */
@RestController
@RequestMapping("/api/v1/training/plans")
class TrainingPlanController {

    private final TrainingPlans plans;
    private final CurrentStaff currentStaff;

    TrainingPlanController(TrainingPlans plans, CurrentStaff currentStaff) {
        this.plans = plans;
        this.currentStaff = currentStaff;
    }

    @PostMapping
    @PreAuthorize(TrainingRoles.MANAGERS)
    ResponseEntity<PlanResponse> draft(@Valid @RequestBody DraftRequest request) {
        TrainingPlan plan = plans.draft(request.departmentCode(), request.periodStart(), request.periodEnd(),
                request.title(), request.needsAnalysis(), currentStaff.username());
        return ResponseEntity.created(URI.create("/api/v1/training/plans/" + plan.id())).body(PlanResponse.of(plan));
    }

    @PutMapping("/{id}/needs-analysis")
    @PreAuthorize(TrainingRoles.MANAGERS)
    PlanResponse needsAnalysis(@PathVariable String id, @Valid @RequestBody NeedsAnalysisRequest request) {
        return PlanResponse.of(plans.recordNeedsAnalysis(id, request.notes(), currentStaff.username()));
    }

    @PostMapping("/{id}/courses")
    @PreAuthorize(TrainingRoles.MANAGERS)
    PlanResponse planCourse(@PathVariable String id, @Valid @RequestBody PlanCourseRequest request) {
        return PlanResponse.of(plans.planCourse(id, request.courseCode(), request.dueDate(), request.audience(),
                currentStaff.username()));
    }

    @PostMapping("/{id}/advance")
    @PreAuthorize(TrainingRoles.MANAGERS)
    PlanResponse advance(@PathVariable String id) {
        return PlanResponse.of(plans.advance(id, currentStaff.username()));
    }

    @GetMapping
    @PreAuthorize(TrainingRoles.STAFF)
    ResultPage<PlanResponse> list(@RequestParam(required = false) String department,
                                  @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
        return plans.list(department == null || department.isBlank() ? null : department, PageQuery.of(page, size))
                .map(PlanResponse::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize(TrainingRoles.STAFF)
    PlanResponse get(@PathVariable String id) {
        return PlanResponse.of(plans.get(id));
    }

    record DraftRequest(@NotBlank @Size(max = 32) String departmentCode, @NotNull LocalDate periodStart,
                        @NotNull LocalDate periodEnd, @NotBlank @Size(max = 200) String title,
                        @Size(max = 20_000) String needsAnalysis) {
    }

    record NeedsAnalysisRequest(@NotBlank @Size(max = 20_000) String notes) {
    }

    record PlanCourseRequest(@NotBlank @Size(max = 32) String courseCode, @NotNull LocalDate dueDate,
                             @Size(max = 500) String audience) {
    }

    record PlanResponse(String id, String departmentCode, LocalDate periodStart, LocalDate periodEnd, String title,
                        String needsAnalysis, List<PlannedCourse> courses, PlanStage stage,
                        List<TrainingPlan.StageChange> stages, Instant createdAt, String createdBy, Long version) {

        static PlanResponse of(TrainingPlan plan) {
            return new PlanResponse(plan.id(), plan.departmentCode(), plan.periodStart(), plan.periodEnd(),
                    plan.title(), plan.needsAnalysis(), plan.courses(), plan.stage(), plan.stages(), plan.createdAt(),
                    plan.createdBy(), plan.version());
        }
    }
}
