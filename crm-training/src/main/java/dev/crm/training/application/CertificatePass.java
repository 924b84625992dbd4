package dev.crm.training.application;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.BusinessTimeZone;
import dev.crm.core.api.OutboundMessageDraft;
import dev.crm.core.api.Outbox;
import dev.crm.training.domain.Certificate;
import dev.crm.training.domain.Course;
import dev.crm.training.domain.Enrolment;
import dev.crm.training.domain.EnrolmentReason;
import dev.crm.training.persistence.EnrolmentRepository;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The certificate pass, safe on any number of nodes:
 * <ol>
 * <li>issues the certificates completed enrolments still owe ({@code certificateDue}; normally issued
 * at completion, this repairs a crash in between);</li>
 * <li>for each certificate whose next reminder window has opened ({@code nextReminderAt <= now}),
 * under a lease {@code certificate:<id>}: sends its holder one reminder through the core outbox
 * (channel {@code staff}, recipient the username, dedupe key {@code certificate:<id>:reminder:<window>})
 * and opens the re-certification enrolment (trigger key {@code recertification:<id>}), then saves the
 * certificate with its version check. Repeating any step repeats no effect.</li>
 * </ol>
 */
@Service
public class CertificatePass {

    static final String CHANNEL = "staff";
    private static final Logger log = LoggerFactory.getLogger(CertificatePass.class);

    private final MongoOperations mongo;
    private final EnrolmentRepository enrolments;
    private final Certificates certificates;
    private final Courses courses;
    private final AutomaticEnrolments automaticEnrolments;
    private final Outbox outbox;
    private final AuditLog auditLog;
    private final BusinessTimeZone zone;
    private final TrainingProperties properties;
    private final TrainingLeases leases;

    CertificatePass(MongoOperations mongo, EnrolmentRepository enrolments, Certificates certificates, Courses courses,
                    AutomaticEnrolments automaticEnrolments, Outbox outbox, AuditLog auditLog, BusinessTimeZone zone,
                    TrainingProperties properties) {
        this.mongo = mongo;
        this.enrolments = enrolments;
        this.certificates = certificates;
        this.courses = courses;
        this.automaticEnrolments = automaticEnrolments;
        this.outbox = outbox;
        this.auditLog = auditLog;
        this.zone = zone;
        this.properties = properties;
        this.leases = new TrainingLeases(mongo, "certificates");
    }

    /** @return how many reminders this pass sent */
    public int run(Instant now) {
        for (Enrolment owed : enrolments.findTop100ByCertificateDueTrue()) {
            try {
                certificates.issueFor(owed);
            } catch (OptimisticLockingFailureException changed) {
                log.debug("Enrolment {} changed while its certificate was issued; the next pass looks again",
                        owed.id());
            }
        }
        Query due = Query.query(where("nextReminderAt").lte(now)).with(Sort.by("nextReminderAt"))
                .limit(properties.certificates().batch());
        due.fields().include("_id");
        List<Object> ids = mongo.find(due, Document.class, mongo.getCollectionName(Certificate.class)).stream()
                .map(d -> d.get("_id")).toList();
        int reminded = 0;
        for (Object id : ids) {
            String key = "certificate:" + id;
            if (!leases.claim(key, now, now.plus(properties.lease()))) {
                continue;
            }
            try {
                if (remind(String.valueOf(id), now)) {
                    reminded++;
                }
            } catch (OptimisticLockingFailureException changed) {
                log.debug("Certificate {} changed while reminding; the next pass looks again", id);
            } finally {
                leases.release(key);
            }
        }
        return reminded;
    }

    private boolean remind(String id, Instant now) {
        Certificate certificate = mongo.findById(id, Certificate.class);
        if (certificate == null || certificate.nextReminderAt() == null || certificate.nextReminderAt().isAfter(now)) {
            return false; // another node got there first
        }
        Optional<Duration> window = certificate.remind(now, certificates.windows());
        if (window.isPresent()) {
            Course course = courses.get(certificate.courseCode());
            outbox.enqueue(new OutboundMessageDraft(CHANNEL, certificate.staff(),
                    "Certificate for " + course.title() + " expires " + certificate.validUntil(), null,
                    "Your certificate for " + course.code() + " (" + course.title() + ") is valid until "
                            + certificate.validUntil() + ". A re-certification enrolment is open for you.",
                    Map.of(), "certificate:" + id + ":reminder:" + window.get(), "Certificate", id));
            if (certificate.renewalEnrolmentId() == null) {
                LocalDate due = LocalDate.ofInstant(certificate.validUntil(), zone.zone());
                AutomaticEnrolments.Assignment renewal = automaticEnrolments.assign(certificate.staff(), course,
                        EnrolmentReason.RECERTIFICATION, "recertification:" + id, due, now);
                certificate.renewalEnrolled(renewal.enrolment().id());
            }
            auditLog.record(new AuditEvent(AutomaticEnrolments.SYSTEM, "training.certificate-reminded",
                    "Certificate", id, Map.of("window", window.get().toString(), "staff", certificate.staff())));
        }
        mongo.save(certificate);
        return window.isPresent();
    }
}
