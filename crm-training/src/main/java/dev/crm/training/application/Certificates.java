package dev.crm.training.application;

import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.BusinessTimeZone;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.core.api.ResultPage;
import dev.crm.training.domain.Certificate;
import dev.crm.training.domain.Course;
import dev.crm.training.domain.CourseRevision;
import dev.crm.training.domain.Enrolment;
import dev.crm.training.domain.ReminderWindows;
import dev.crm.training.persistence.CertificateRepository;
import dev.crm.training.persistence.EnrolmentRepository;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * Issues certificates: on completing a certifying course, and on passing an assessment (through
 * {@link #issue(String, String, Integer, Instant, String)}). A certificate is valid for the course
 * version's {@code certificateValidMonths}, counted in the business time zone; issuing one renews
 * the person's earlier certificates for the course (their reminders stop).
 */
@Service
public class Certificates {

    private final CertificateRepository certificates;
    private final EnrolmentRepository enrolments;
    private final Courses courses;
    private final TrainingPrivacy privacy;
    private final AuditLog auditLog;
    private final BusinessTimeZone zone;
    private final ReminderWindows windows;

    Certificates(CertificateRepository certificates, EnrolmentRepository enrolments, Courses courses,
                 TrainingPrivacy privacy, AuditLog auditLog, BusinessTimeZone zone, TrainingProperties properties) {
        this.certificates = certificates;
        this.enrolments = enrolments;
        this.courses = courses;
        this.privacy = privacy;
        this.auditLog = auditLog;
        this.zone = zone;
        this.windows = new ReminderWindows(properties.certificates().reminderWindows());
    }

    /**
     * For the assessment code: a passed assessment of a certifying course earns a certificate for its
     * current version.
     *
     * @param score     the final score, 0..100
     * @param sourceKey what earned it (e.g. {@code attempt:<id>}): issuing again with the same key
     *                  returns the certificate issued first; null issues every time
     * @throws BusinessRuleViolationException naming {@code courseCode} when the course does not certify
     */
    public Certificate issue(String staff, String courseCode, Integer score, Instant at, String sourceKey) {
        Course course = courses.get(courseCode);
        return issue(staff, course, course.current(), score, at, sourceKey);
    }

    /** As {@link #issue(String, String, Integer, Instant, String)}, without a source key. */
    public Certificate issue(String staff, String courseCode, Integer score, Instant at) {
        return issue(staff, courseCode, score, at, null);
    }

    /** The certificate a completed certifying enrolment earned: issued once, then the enrolment knows it. */
    public Certificate issueFor(Enrolment enrolment) {
        Course course = courses.get(enrolment.courseCode());
        CourseRevision taken = course.revisionOf(enrolment.courseRevision()).orElse(course.current());
        Certificate certificate = issue(enrolment.staff(), course, taken, enrolment.score(),
                enrolment.completedAt(), "enrolment:" + enrolment.id());
        enrolment.certificateIssued(certificate.id());
        enrolments.save(enrolment);
        return certificate;
    }

    private Certificate issue(String staff, Course course, CourseRevision revision, Integer score, Instant at,
                              String sourceKey) {
        if (!revision.content().certifies()) {
            throw new BusinessRuleViolationException("The course does not certify",
                    List.of(new FieldViolation("courseCode", course.code() + " version " + revision.revision()
                            + " has no certificate validity")));
        }
        if (sourceKey != null) {
            Optional<Certificate> earlier = certificates.findBySourceKey(sourceKey);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        Instant validUntil = ZonedDateTime.ofInstant(at, zone.zone())
                .plusMonths(revision.content().certificateValidMonths()).toInstant();
        Certificate fresh = Certificate.issue(UUID.randomUUID().toString(), staff, course.code(), revision.revision(),
                score, at, validUntil, sourceKey, windows);
        Certificate saved;
        try {
            saved = certificates.insert(fresh);
        } catch (DuplicateKeyException sameSource) {
            return certificates.findBySourceKey(sourceKey).orElseThrow(() -> sameSource);
        }
        for (Certificate earlier : certificates.findByStaffAndCourseCodeAndRenewedByIsNull(staff, course.code())) {
            if (!earlier.id().equals(saved.id()) && earlier.issuedAt().isBefore(saved.issuedAt())) {
                earlier.renewedBy(saved.id());
                certificates.save(earlier);
            }
        }
        auditLog.record(new AuditEvent(AutomaticEnrolments.SYSTEM, "training.certificate-issued", "Certificate",
                saved.id(), Map.of("staff", staff, "course", course.code(), "validUntil", validUntil.toString())));
        return saved;
    }

    public Certificate get(String id) {
        Certificate certificate = certificates.findById(id)
                .orElseThrow(() -> new RecordNotFoundException("certificate", id));
        privacy.requireMaySee(certificate.staff());
        return certificate;
    }

    public ResultPage<Certificate> of(String staff, PageQuery query) {
        privacy.requireMaySee(staff);
        Page<Certificate> page = certificates.findByStaff(staff,
                PageRequest.of(query.page(), query.size(), Sort.by(Sort.Direction.DESC, "issuedAt")));
        return new ResultPage<>(page.getContent(), query.page(), query.size(), page.getTotalElements());
    }

    ReminderWindows windows() {
        return windows;
    }
}
