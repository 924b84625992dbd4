package dev.crm.training.web;

import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import dev.crm.training.api.CourseCategory;
import dev.crm.training.api.DeliveryForm;
import dev.crm.training.application.Courses;
import dev.crm.training.domain.Course;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import org.mapstruct.Mapper;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/training/courses")
class CourseController {

    private final Courses courses;
    private final CourseMapper mapper;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    CourseController(Courses courses, CourseMapper mapper, CurrentStaff currentStaff, Clock clock) {
        this.courses = courses;
        this.mapper = mapper;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    ResponseEntity<CourseResponse> offer(@Valid @RequestBody OfferCourseRequest request) {
        Course course = courses.offer(Course.offer(request.code(), request.title(), request.category(),
                request.deliveryForm(), request.durationMinutes(), request.passMarkPercent(),
                currentStaff.username(), clock.instant()), currentStaff.username());
        return ResponseEntity.created(URI.create("/api/v1/training/courses/" + course.code()))
                .body(mapper.toResponse(course));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('HR', 'ADMIN', 'SUPERVISOR', 'AGENT')")
    ResultPage<CourseResponse> list(@RequestParam(required = false) CourseCategory category,
                                    @RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size) {
        return courses.list(category, PageQuery.of(page, size)).map(mapper::toResponse);
    }

    @GetMapping("/{code}")
    @PreAuthorize("hasAnyRole('HR', 'ADMIN', 'SUPERVISOR', 'AGENT')")
    CourseResponse get(@PathVariable String code) {
        return mapper.toResponse(courses.get(code));
    }

    record OfferCourseRequest(
            @NotBlank @Pattern(regexp = "[A-Za-z][A-Za-z0-9-]{1,31}") String code,
            @NotBlank @Size(max = 200) String title,
            @NotNull CourseCategory category,
            @NotNull DeliveryForm deliveryForm,
            @NotNull @Min(1) @Max(10_000) Integer durationMinutes,
            @Min(1) @Max(100) Integer passMarkPercent) {
    }

    record CourseResponse(String code, String title, CourseCategory category, DeliveryForm deliveryForm,
                          int durationMinutes, int passMarkPercent, Instant createdAt, String createdBy) {
    }

    @Mapper
    interface CourseMapper {
        CourseResponse toResponse(Course course);
    }
}
