package dev.crm.training.web;

import dev.crm.complaint.api.ComplaintType;
import dev.crm.core.api.CurrentStaff;
import dev.crm.training.application.RemedialCourses;
import dev.crm.training.domain.RemedialCourseRule;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The remedial course per complaint type, assigned when a complaint is substantiated against someone. */
@RestController
@RequestMapping("/api/v1/training/remedial-courses")
class RemedialCourseController {

    private final RemedialCourses remedialCourses;
    private final CurrentStaff currentStaff;

    RemedialCourseController(RemedialCourses remedialCourses, CurrentStaff currentStaff) {
        this.remedialCourses = remedialCourses;
        this.currentStaff = currentStaff;
    }

    @GetMapping
    @PreAuthorize(TrainingRoles.OVERSEERS)
    List<RuleResponse> all() {
        return remedialCourses.all().stream().map(RuleResponse::of).toList();
    }

    @PutMapping("/{complaintType}")
    @PreAuthorize(TrainingRoles.MANAGERS)
    RuleResponse set(@PathVariable ComplaintType complaintType, @Valid @RequestBody RuleRequest request) {
        return RuleResponse.of(remedialCourses.set(complaintType, request.courseCode(), request.dueWithinDays(),
                currentStaff.username()));
    }

    @DeleteMapping("/{complaintType}")
    @PreAuthorize(TrainingRoles.MANAGERS)
    ResponseEntity<Void> remove(@PathVariable ComplaintType complaintType) {
        remedialCourses.remove(complaintType, currentStaff.username());
        return ResponseEntity.noContent().build();
    }

    record RuleRequest(@NotBlank @Size(max = 32) String courseCode, @NotNull @Min(1) @Max(365) Integer dueWithinDays) {
    }

    record RuleResponse(ComplaintType complaintType, String courseCode, int dueWithinDays, Instant setAt,
                        String setBy) {

        static RuleResponse of(RemedialCourseRule rule) {
            return new RuleResponse(rule.complaintType(), rule.courseCode(), rule.dueWithinDays(), rule.setAt(),
                    rule.setBy());
        }
    }
}
