package dev.crm.app.console.web.hr;

import dev.crm.training.api.CourseCategory;
import dev.crm.training.api.DeliveryForm;
import dev.crm.training.api.TrainingDesk.CourseInput;
import dev.crm.training.api.TrainingDesk.CourseVersion;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;

/** The course form: the fields and bounds of POST/PUT /api/v1/training/courses; prerequisites comma-separated. */
record CourseForm(@NotBlank @Pattern(regexp = "[A-Za-z][A-Za-z0-9-]{1,31}") String code,
                  @NotBlank @Size(max = 200) String title, @NotNull CourseCategory category,
                  @NotNull DeliveryForm deliveryForm, @NotNull @Min(1) @Max(10_000) Integer durationMinutes,
                  @Min(1) @Max(100) Integer passMarkPercent, @Size(max = 64) String owner,
                  @Size(max = 700) String prerequisites, @Min(1) @Max(120) Integer certificateValidMonths) {

    static CourseForm blank() {
        return new CourseForm(null, null, null, null, 60, 80, null, null, null);
    }

    static CourseForm of(CourseVersion course) {
        return new CourseForm(course.code(), course.title(), course.category(), course.deliveryForm(),
                course.durationMinutes(), course.passMarkPercent(), course.owner(),
                String.join(", ", course.prerequisites()), course.certificateValidMonths());
    }

    /** The same form with the code of the course being edited (the code never changes). */
    CourseForm withCode(String fixed) {
        return new CourseForm(fixed, title, category, deliveryForm, durationMinutes, passMarkPercent, owner,
                prerequisites, certificateValidMonths);
    }

    CourseInput input() {
        List<String> codes = prerequisites == null ? List.of() : Arrays.stream(prerequisites.split("[,\\s]+"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new CourseInput(title, category, deliveryForm, durationMinutes, passMarkPercent, owner, codes,
                certificateValidMonths);
    }
}
