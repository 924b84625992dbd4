package dev.crm.training.web;

import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import dev.crm.training.application.Assessments;
import dev.crm.training.domain.Assessment;
import dev.crm.training.domain.AssessmentDraft;
import dev.crm.training.domain.DrawRule;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Assessments: HR defines them; every staff member may find them to take one. */
@RestController
@RequestMapping("/api/v1/training/assessments")
class AssessmentController {

    private final Assessments assessments;
    private final AssessmentMapper mapper;
    private final CurrentStaff currentStaff;

    AssessmentController(Assessments assessments, AssessmentMapper mapper, CurrentStaff currentStaff) {
        this.assessments = assessments;
        this.mapper = mapper;
        this.currentStaff = currentStaff;
    }

    record DrawRuleRequest(@NotBlank String bankCode, @Size(max = 40) String tag, @NotNull Integer count) {
    }

    record DefineAssessmentRequest(@NotBlank @Size(max = 32) String code, @NotBlank @Size(max = 200) String title,
                                   @NotBlank String courseCode, @NotNull @Size(min = 1, max = 20) List<@Valid DrawRuleRequest> drawRules,
                                   @NotNull Integer timeLimitMinutes, Integer attemptLimit, Integer passMarkPercent,
                                   @Size(max = 20) List<String> reviewers) {

        AssessmentDraft toDraft() {
            return new AssessmentDraft(code, title, courseCode, drawRules.stream()
                    .map(rule -> new DrawRule(rule.bankCode(), rule.tag(), rule.count())).toList(),
                    timeLimitMinutes, attemptLimit, passMarkPercent, reviewers);
        }
    }

    record AssessmentResponse(String code, String title, String courseCode, List<DrawRule> drawRules,
                              int questionCount, int timeLimitMinutes, int attemptLimit, int passMarkPercent,
                              Set<String> reviewers, Instant createdAt, String createdBy) {
    }

    @Mapper
    interface AssessmentMapper {
        @Mapping(target = "questionCount", expression = "java(assessment.questionCount())")
        AssessmentResponse toResponse(Assessment assessment);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    ResponseEntity<AssessmentResponse> define(@Valid @RequestBody DefineAssessmentRequest request) {
        Assessment assessment = assessments.define(request.toDraft(), currentStaff.username());
        return ResponseEntity.created(URI.create("/api/v1/training/assessments/" + assessment.getCode()))
                .body(mapper.toResponse(assessment));
    }

    @GetMapping
    @PreAuthorize(AttemptController.CANDIDATES)
    ResultPage<AssessmentResponse> list(@RequestParam(required = false) String course,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size) {
        return assessments.list(course, PageQuery.of(page, size)).map(mapper::toResponse);
    }

    @GetMapping("/{code}")
    @PreAuthorize(AttemptController.CANDIDATES)
    AssessmentResponse get(@PathVariable String code) {
        return mapper.toResponse(assessments.get(code));
    }
}
