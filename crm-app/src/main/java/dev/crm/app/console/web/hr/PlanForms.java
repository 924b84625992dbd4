package dev.crm.app.console.web.hr;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The forms of plans and enrolments, with the bounds of the training API's requests. */
final class PlanForms {

    private PlanForms() {
    }

    record PlanForm(@NotBlank @Size(max = 32) String departmentCode, @NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate periodStart,
                    @NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate periodEnd, @NotBlank @Size(max = 200) String title,
                    @Size(max = 20_000) String needsAnalysis) {
    }

    record PlannedCourseForm(@NotBlank @Size(max = 32) String courseCode, @NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate dueDate,
                             @Size(max = 500) String audience) {
    }

    record EnrolForm(@NotBlank @Size(max = 64) String staff, @DateTimeFormat(iso = ISO.DATE) LocalDate dueDate, @Size(max = 64) String planId) {
    }

    record AttendanceForm(@NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate date, Boolean present, @NotNull @Min(0) @Max(1440) Integer minutes,
                          @Size(max = 2_000) String note) {
    }

    record CompletionForm(@Min(0) @Max(100) Integer score) {
    }

    record CancellationForm(@Size(max = 2_000) String reason) {
    }
}
