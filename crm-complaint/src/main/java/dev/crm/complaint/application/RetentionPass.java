package dev.crm.complaint.application;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.complaint.api.ComplaintState;
import dev.crm.complaint.domain.Complaint;
import dev.crm.complaint.domain.RetentionPolicy;
import dev.crm.complaint.domain.ReturnVisit;
import dev.crm.complaint.domain.Survey;
import dev.crm.complaint.persistence.ReturnVisitRepository;
import dev.crm.complaint.persistence.SurveyRepository;
import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.BusinessTimeZone;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * One retention pass (DOMAIN.md §1.10; 003 §3.1, ch. 5), safe on every node at once: closed
 * complaints past {@code crm.complaint.retention.service-records} since closing and archived ones
 * past {@code crm.complaint.retention.archives} since archiving lose their personal data
 * ({@link Complaint#anonymise}); their surveys lose the customer and comment, their return visits the
 * customer. Each complaint is claimed with a lease in {@code complaint_leases}; the surveys go first,
 * so a pass that dies half-way leaves the complaint due and the next pass finishes it. Every
 * anonymisation is written to the audit log. The pass also files archived complaints that were never
 * filed. Tests run it with the instants they choose.
 */
@Component
public class RetentionPass {

    private static final Logger log = LoggerFactory.getLogger(RetentionPass.class);
    static final String SERVICE_RECORD = "SERVICE_RECORD";
    static final String ARCHIVE = "ARCHIVE";

    private final MongoOperations mongo;
    private final SurveyRepository surveys;
    private final ReturnVisitRepository visits;
    private final ComplaintArchive archive;
    private final RetentionProperties properties;
    private final BusinessTimeZone zone;
    private final AuditLog auditLog;
    private final Leases leases;

    RetentionPass(MongoOperations mongo, SurveyRepository surveys, ReturnVisitRepository visits,
                  ComplaintArchive archive, RetentionProperties properties, BusinessTimeZone zone, AuditLog auditLog) {
        this.mongo = mongo;
        this.surveys = surveys;
        this.visits = visits;
        this.archive = archive;
        this.properties = properties;
        this.zone = zone;
        this.auditLog = auditLog;
        this.leases = new Leases(mongo, "retention");
    }

    /** What one pass did. */
    public record Report(int filed, int anonymised) {
    }

    public Report run(Instant now) {
        int filed = archive.fileUnfiled(now, properties.batch());
        RetentionPolicy policy = new RetentionPolicy(properties.serviceRecords(), properties.archives(), zone.zone());
        Instant closedBy = policy.serviceRecordsClosedBy(now);
        Instant archivedBy = policy.archivesArchivedBy(now);
        // Records closed before closedAt was kept are found by their CLOSED transition.
        Criteria serviceRecords = new Criteria().andOperator(where("state").is(ComplaintState.CLOSED),
                new Criteria().orOperator(where("closedAt").lte(closedBy),
                        where("closedAt").exists(false).and("transitions")
                                .elemMatch(where("to").is(ComplaintState.CLOSED).and("at").lte(closedBy))));
        Criteria archives = where("state").is(ComplaintState.ARCHIVED).and("archivedAt").lte(archivedBy);
        Query due = Query.query(new Criteria().andOperator(where("anonymisedAt").exists(false),
                        new Criteria().orOperator(serviceRecords, archives)))
                .with(Sort.by("_id")).limit(properties.batch());
        due.fields().include("_id");
        List<Object> ids = mongo.find(due, Document.class, "complaints").stream().map(d -> d.get("_id")).toList();
        int anonymised = 0;
        for (Object id : ids) {
            String lease = "retention:" + id;
            if (!leases.claim(lease, now, now.plus(properties.lease()))) {
                continue;
            }
            try {
                if (anonymise(id, now, closedBy, archivedBy)) {
                    anonymised++;
                }
            } catch (RuntimeException failed) {
                // One record's trouble must not stop the others; it stays due for the next pass.
                log.warn("Could not anonymise complaint {}: {}", id, failed.toString());
            } finally {
                leases.release(lease);
            }
        }
        return new Report(filed, anonymised);
    }

    private boolean anonymise(Object id, Instant now, Instant closedBy, Instant archivedBy) {
        Complaint complaint = mongo.findById(id, Complaint.class);
        if (complaint == null || complaint.getAnonymisedAt() != null) {
            return false;
        }
        String recordClass;
        String kept;
        if (complaint.getState() == ComplaintState.ARCHIVED && complaint.getArchivedAt() != null
                && !complaint.getArchivedAt().isAfter(archivedBy)) {
            recordClass = ARCHIVE;
            kept = properties.archives().toString();
        } else if (complaint.getState() == ComplaintState.CLOSED && closedAt(complaint) != null
                && !closedAt(complaint).isAfter(closedBy)) {
            recordClass = SERVICE_RECORD;
            kept = properties.serviceRecords().toString();
        } else {
            return false; // reopened or archived meanwhile
        }
        for (Survey survey : surveys.findByComplaintNumberOrderByCreatedAtAsc(complaint.getNumber())) {
            if (survey.anonymise(now)) {
                mongo.save(survey);
            }
        }
        for (ReturnVisit visit : visits.findByComplaintNumber(complaint.getNumber())) {
            if (visit.anonymise()) {
                mongo.save(visit);
            }
        }
        complaint.anonymise("retention of " + recordClass.toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + "s (" + kept + ") ended", now);
        try {
            mongo.save(complaint);
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            log.debug("Complaint {} changed while being anonymised; the next pass retries", complaint.getNumber());
            return false;
        }
        auditLog.record(new AuditEvent(SurveyDelivery.SYSTEM, "complaint.anonymised", "Complaint",
                complaint.getNumber(), Map.of("recordClass", recordClass, "retention", kept)));
        return true;
    }

    private static Instant closedAt(Complaint complaint) {
        if (complaint.getClosedAt() != null) {
            return complaint.getClosedAt();
        }
        return complaint.getTransitions().stream().filter(t -> t.to() == ComplaintState.CLOSED)
                .map(dev.crm.complaint.domain.Transition::at).reduce((first, last) -> last).orElse(null);
    }
}
