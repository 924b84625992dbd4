package dev.crm.training.web;

import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import dev.crm.training.application.Enrolments;
import dev.crm.training.domain.Attendance;
import dev.crm.training.domain.Enrolment;
import dev.crm.training.domain.EnrolmentReason;
import dev.crm.training.domain.EnrolmentStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Enrolments: HR enrols, records attendance, completes and cancels; everyone reads their own and
 * their reports' (TrainingPrivacy); HR and supervisors list the overdue ones.
 */
@RestController
@RequestMapping("/api/v1/training/enrolments")
class EnrolmentController {

    private final Enrolments enrolments;
    private final CurrentStaff currentStaff;

    EnrolmentController(Enrolments enrolments, CurrentStaff currentStaff) {
        this.enrolments = enrolments;
        this.currentStaff = currentStaff;
    }

    @PostMapping
    @PreAuthorize(TrainingRoles.MANAGERS)
    ResponseEntity<EnrolmentResponse> enrol(@Valid @RequestBody EnrolRequest request) {
        Enrolment enrolment = enrolments.enrol(request.staff(), request.courseCode(), request.dueDate(),
                request.planId() == null || request.planId().isBlank() ? null : request.planId(),
                currentStaff.username());
        return ResponseEntity.created(URI.create("/api/v1/training/enrolments/" + enrolment.id()))
                .body(EnrolmentResponse.of(enrolment));
    }

    @PostMapping("/{id}/attendance")
    @PreAuthorize(TrainingRoles.MANAGERS)
    EnrolmentResponse attendance(@PathVariable String id, @Valid @RequestBody AttendanceRequest request) {
        return EnrolmentResponse.of(enrolments.recordAttendance(id, request.date(), request.present(),
                request.minutes() == null ? 0 : request.minutes(), request.note(), currentStaff.username()));
    }

    @PostMapping("/{id}/complete")
    @PreAuthorize(TrainingRoles.MANAGERS)
    EnrolmentResponse complete(@PathVariable String id, @Valid @RequestBody(required = false) CompleteRequest request) {
        return EnrolmentResponse.of(enrolments.complete(id, request == null ? null : request.score(),
                currentStaff.username()));
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize(TrainingRoles.MANAGERS)
    EnrolmentResponse cancel(@PathVariable String id, @Valid @RequestBody CancelRequest request) {
        return EnrolmentResponse.of(enrolments.cancel(id, request.reason(), currentStaff.username()));
    }

    @GetMapping("/{id}")
    @PreAuthorize(TrainingRoles.STAFF)
    EnrolmentResponse get(@PathVariable String id) {
        return EnrolmentResponse.of(enrolments.get(id));
    }

    /** One person's enrolments (the caller's when {@code staff} is not given), soonest due first. */
    @GetMapping
    @PreAuthorize(TrainingRoles.STAFF)
    ResultPage<EnrolmentResponse> list(@RequestParam(required = false) String staff,
                                       @RequestParam(required = false) EnrolmentStatus status,
                                       @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size) {
        String person = staff == null || staff.isBlank() ? currentStaff.username() : staff.strip();
        return enrolments.of(person, status, PageQuery.of(page, size)).map(EnrolmentResponse::of);
    }

    @GetMapping("/overdue")
    @PreAuthorize(TrainingRoles.OVERSEERS)
    ResultPage<EnrolmentResponse> overdue(@RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size) {
        return enrolments.overdue(PageQuery.of(page, size)).map(EnrolmentResponse::of);
    }

    record EnrolRequest(@NotBlank @Size(max = 64) String staff, @NotBlank @Size(max = 32) String courseCode,
                        LocalDate dueDate, @Size(max = 64) String planId) {
    }

    record AttendanceRequest(@NotNull LocalDate date, @NotNull Boolean present, @Min(0) @Max(1440) Integer minutes,
                             @Size(max = 2_000) String note) {
    }

    record CompleteRequest(@Min(0) @Max(100) Integer score) {
    }

    record CancelRequest(@Size(max = 2_000) String reason) {
    }

    record EnrolmentResponse(String id, String staff, String courseCode, int courseRevision, EnrolmentReason reason,
                             String planId, String triggerKey, List<String> alsoTriggeredBy, LocalDate dueDate,
                             EnrolmentStatus status, List<Attendance> attendance, Instant enrolledAt,
                             String enrolledBy, Instant completedAt, String completedBy, Integer score,
                             String cancelReason, String certificateId, Long version) {

        static EnrolmentResponse of(Enrolment e) {
            return new EnrolmentResponse(e.id(), e.staff(), e.courseCode(), e.courseRevision(), e.reason(), e.planId(),
                    e.triggerKey(), e.alsoTriggeredByKeys(), e.dueDate(), e.status(), e.attendance(), e.enrolledAt(),
                    e.enrolledBy(), e.completedAt(), e.completedBy(), e.score(), e.cancelReason(), e.certificateId(),
                    e.version());
        }
    }
}
