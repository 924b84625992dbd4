package dev.crm.training.web;

import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import dev.crm.training.application.Certificates;
import dev.crm.training.domain.Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Certificates, read by their holder, the holder's supervisor chain and HR. */
@RestController
@RequestMapping("/api/v1/training/certificates")
class CertificateController {

    private final Certificates certificates;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    CertificateController(Certificates certificates, CurrentStaff currentStaff, Clock clock) {
        this.certificates = certificates;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    /** One person's certificates (the caller's when {@code staff} is not given), newest first. */
    @GetMapping
    @PreAuthorize(TrainingRoles.STAFF)
    ResultPage<CertificateResponse> list(@RequestParam(required = false) String staff,
                                         @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size) {
        String person = staff == null || staff.isBlank() ? currentStaff.username() : staff.strip();
        Instant now = clock.instant();
        return certificates.of(person, PageQuery.of(page, size)).map(c -> CertificateResponse.of(c, now));
    }

    @GetMapping("/{id}")
    @PreAuthorize(TrainingRoles.STAFF)
    CertificateResponse get(@PathVariable String id) {
        return CertificateResponse.of(certificates.get(id), clock.instant());
    }

    record CertificateResponse(String id, String staff, String courseCode, int courseRevision, Integer score,
                               Instant issuedAt, Instant validUntil, boolean valid, List<Duration> remindersSent,
                               Instant nextReminderAt, String renewalEnrolmentId, String renewedBy) {

        static CertificateResponse of(Certificate c, Instant now) {
            return new CertificateResponse(c.id(), c.staff(), c.courseCode(), c.courseRevision(), c.score(),
                    c.issuedAt(), c.validUntil(), c.isValidAt(now), c.remindersSent(), c.nextReminderAt(),
                    c.renewalEnrolmentId(), c.renewedBy());
        }
    }
}
