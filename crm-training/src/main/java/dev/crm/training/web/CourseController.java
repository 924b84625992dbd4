package dev.crm.training.web;

import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import dev.crm.training.api.CourseCategory;
import dev.crm.training.api.DeliveryForm;
import dev.crm.training.application.Courses;
import dev.crm.training.domain.Course;
import dev.crm.training.domain.CourseContent;
import dev.crm.training.domain.CourseMaterial;
import dev.crm.training.domain.CourseRevision;
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

/** The course catalogue; a change to a course makes a new version, older versions stay readable. */
@RestController
@RequestMapping("/api/v1/training/courses")
class CourseController {

    private final Courses courses;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    CourseController(Courses courses, CurrentStaff currentStaff, Clock clock) {
        this.courses = courses;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    @PostMapping
    @PreAuthorize(TrainingRoles.MANAGERS)
    ResponseEntity<CourseResponse> offer(@Valid @RequestBody OfferCourseRequest request) {
        Course course = courses.offer(Course.offer(request.code(), request.content().toContent(currentStaff.username()),
                currentStaff.username(), clock.instant()), currentStaff.username());
        return ResponseEntity.created(URI.create("/api/v1/training/courses/" + course.code()))
                .body(CourseResponse.of(course.code(), course.current()));
    }

    /** Replaces the course's content: a new version when anything changed, the same one otherwise. */
    @PutMapping("/{code}")
    @PreAuthorize(TrainingRoles.MANAGERS)
    CourseResponse revise(@PathVariable String code, @Valid @RequestBody CourseContentRequest request) {
        Course course = courses.revise(code, request.toContent(currentStaff.username()), currentStaff.username());
        return CourseResponse.of(course.code(), course.current());
    }

    @GetMapping
    @PreAuthorize(TrainingRoles.STAFF)
    ResultPage<CourseResponse> list(@RequestParam(required = false) CourseCategory category,
                                    @RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size) {
        return courses.list(category, PageQuery.of(page, size)).map(c -> CourseResponse.of(c.code(), c.current()));
    }

    @GetMapping("/{code}")
    @PreAuthorize(TrainingRoles.STAFF)
    CourseResponse get(@PathVariable String code) {
        Course course = courses.get(code);
        return CourseResponse.of(course.code(), course.current());
    }

    /** The versions of a course, oldest first. */
    @GetMapping("/{code}/versions")
    @PreAuthorize(TrainingRoles.STAFF)
    List<CourseResponse> versions(@PathVariable String code) {
        Course course = courses.get(code);
        return course.history().stream().map(revision -> CourseResponse.of(course.code(), revision)).toList();
    }

    @GetMapping("/{code}/versions/{revision}")
    @PreAuthorize(TrainingRoles.STAFF)
    CourseResponse version(@PathVariable String code, @PathVariable int revision) {
        return CourseResponse.of(courses.get(code).code(), courses.revision(code, revision));
    }

    record OfferCourseRequest(
            @NotBlank @Pattern(regexp = "[A-Za-z][A-Za-z0-9-]{1,31}") String code,
            @NotBlank @Size(max = 200) String title,
            @NotNull CourseCategory category,
            @NotNull DeliveryForm deliveryForm,
            @NotNull @Min(1) @Max(10_000) Integer durationMinutes,
            @Min(1) @Max(100) Integer passMarkPercent,
            @Size(max = 50) List<@Valid MaterialRequest> materials,
            @Size(max = 64) String owner,
            @Size(max = 20) List<String> prerequisites,
            @Min(1) @Max(120) Integer certificateValidMonths) {

        CourseContentRequest content() {
            return new CourseContentRequest(title, category, deliveryForm, durationMinutes, passMarkPercent, materials,
                    owner, prerequisites, certificateValidMonths);
        }
    }

    record CourseContentRequest(
            @NotBlank @Size(max = 200) String title,
            @NotNull CourseCategory category,
            @NotNull DeliveryForm deliveryForm,
            @NotNull @Min(1) @Max(10_000) Integer durationMinutes,
            @Min(1) @Max(100) Integer passMarkPercent,
            @Size(max = 50) List<@Valid MaterialRequest> materials,
            @Size(max = 64) String owner,
            @Size(max = 20) List<String> prerequisites,
            @Min(1) @Max(120) Integer certificateValidMonths) {

        /** @param caller the owner when none is named */
        CourseContent toContent(String caller) {
            List<CourseMaterial> links = materials == null ? List.of()
                    : materials.stream().map(m -> m == null ? null : new CourseMaterial(m.title(), m.url())).toList();
            return CourseContent.of(title, category, deliveryForm, durationMinutes, passMarkPercent, links,
                    owner == null || owner.isBlank() ? caller : owner, prerequisites, certificateValidMonths);
        }
    }

    record MaterialRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 2_000) String url) {
    }

    record CourseResponse(String code, int revision, String title, CourseCategory category, DeliveryForm deliveryForm,
                          int durationMinutes, int passMarkPercent, List<CourseMaterial> materials, String owner,
                          List<String> prerequisites, Integer certificateValidMonths, Instant revisedAt,
                          String revisedBy) {

        static CourseResponse of(String code, CourseRevision revision) {
            CourseContent content = revision.content();
            return new CourseResponse(code, revision.revision(), content.title(), content.category(),
                    content.deliveryForm(), content.durationMinutes(), content.passMarkPercent(), content.materials(),
                    content.owner(), content.prerequisites(), content.certificateValidMonths(), revision.revisedAt(),
                    revision.revisedBy());
        }
    }
}
