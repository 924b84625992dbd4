package dev.crm.complaint.application;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.complaint.api.ComplaintState;
import dev.crm.complaint.api.ComplaintType;
import dev.crm.complaint.application.ComplaintCommands.Who;
import dev.crm.complaint.domain.ArchivePurpose;
import dev.crm.complaint.domain.Complaint;
import dev.crm.complaint.persistence.ComplaintRepository;
import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.BusinessTimeZone;
import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.core.api.ResultPage;
import dev.crm.core.api.Role;
import dev.crm.core.api.SequenceNumbers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The complaint archive (DOMAIN.md §1.10; 001 §4.4): closed complaints are archived, then filed in
 * the register under a gap-free number ({@code A-2026-000001}, core sequence numbers), classified by
 * type and grade and listed chronologically. Reading archived complaints follows least privilege:
 * supervisors, admins and analysts only, each access stating its purpose and audit-logged with it.
 *
 * <p>Gap-free numbering: archiving itself is final (nothing moves an archived complaint back), and
 * the number is taken only after that write succeeded and under a lease, so a refused or lost archive
 * command consumes no number, and filing a complaint that a concurrent write touched is retried with
 * the same number. As for complaint numbers, only a node dying between taking the number and writing
 * it can leave a gap. A complaint archived but not yet filed (the node died in between) is filed by
 * the retention pass.
 */
@Service
public class ComplaintArchive {

    private static final Logger log = LoggerFactory.getLogger(ComplaintArchive.class);
    static final String NUMBER_PREFIX = "A";
    private static final Set<Role> ARCHIVE_READERS = Set.of(Role.ADMIN, Role.SUPERVISOR, Role.ANALYST);
    private static final Duration FILING_LEASE = Duration.ofMinutes(2);
    private static final int ATTEMPTS = 10;

    private final ComplaintRepository complaints;
    private final ComplaintCommands commands;
    private final SequenceNumbers sequenceNumbers;
    private final CurrentStaff currentStaff;
    private final AuditLog auditLog;
    private final MongoOperations mongo;
    private final BusinessTimeZone zone;
    private final Clock clock;
    private final Leases leases;

    ComplaintArchive(ComplaintRepository complaints, ComplaintCommands commands, SequenceNumbers sequenceNumbers,
                     CurrentStaff currentStaff, AuditLog auditLog, MongoOperations mongo, BusinessTimeZone zone,
                     Clock clock) {
        this.complaints = complaints;
        this.commands = commands;
        this.sequenceNumbers = sequenceNumbers;
        this.currentStaff = currentStaff;
        this.auditLog = auditLog;
        this.mongo = mongo;
        this.zone = zone;
        this.clock = clock;
        this.leases = new Leases(mongo, "archive-filing");
    }

    /** Archives a closed complaint and files it under the next register number. */
    public Complaint archive(String number, Long expectedVersion) {
        Complaint archived = commands.run(number, expectedVersion, "archived", Who.SUPERVISORS,
                (complaint, by, at, sla) -> complaint.archive(by, at));
        return file(archived, currentStaff.username(), clock.instant());
    }

    /**
     * Files an archived complaint that has no register number yet; returns it as it is when it has
     * one or another node is filing it.
     */
    Complaint file(Complaint archived, String by, Instant now) {
        if (archived.getArchiveNumber() != null) {
            return archived;
        }
        String lease = "archive-filing:" + archived.getId();
        if (!leases.claim(lease, now, now.plus(FILING_LEASE))) {
            return archived;
        }
        try {
            Complaint current = complaints.findById(archived.getId()).orElse(archived);
            if (current.getArchiveNumber() != null) {
                return current;
            }
            String archiveNumber = sequenceNumbers.next(NUMBER_PREFIX,
                    LocalDate.ofInstant(current.getArchivedAt() == null ? now : current.getArchivedAt(),
                            zone.zone()).getYear());
            for (int attempt = 0; ; attempt++) {
                current.fileInArchive(archiveNumber, by, now);
                try {
                    Complaint saved = complaints.save(current);
                    auditLog.record(new AuditEvent(by, "complaint.filed", "Complaint", saved.getNumber(),
                            Map.of("archiveNumber", archiveNumber)));
                    return saved;
                } catch (OptimisticLockingFailureException touchedMeanwhile) {
                    // Still archived (that is final): file the fresh copy under the number already taken.
                    if (attempt >= ATTEMPTS) {
                        log.error("Archive number {} taken for complaint {} could not be written",
                                archiveNumber, archived.getNumber());
                        throw touchedMeanwhile;
                    }
                    current = complaints.findById(archived.getId()).orElseThrow();
                }
            }
        } finally {
            leases.release(lease);
        }
    }

    /** Repair for the retention pass: complaints archived a while ago that were never filed. */
    int fileUnfiled(Instant now, int batch) {
        Query unfiled = Query.query(where("state").is(ComplaintState.ARCHIVED).and("archiveNumber").isNull()
                .and("archivedAt").lte(now.minus(SurveyDelivery.SETTLING))).with(Sort.by("archivedAt")).limit(batch);
        int filed = 0;
        for (Complaint complaint : mongo.find(unfiled, Complaint.class)) {
            if (file(complaint, SurveyDelivery.SYSTEM, now).getArchiveNumber() != null) {
                filed++;
            }
        }
        return filed;
    }

    /**
     * A complaint for reading. An archived one needs an archive reader's role and a stated purpose,
     * and the access is audit-logged with it.
     *
     * @param view what is read (record, timeline, surveys), for the audit entry
     */
    public Complaint read(String number, String purpose, String view) {
        Complaint complaint = complaints.findByNumber(number)
                .orElseThrow(() -> new RecordNotFoundException("complaint", number));
        if (complaint.getState() == ComplaintState.ARCHIVED) {
            ArchivePurpose stated = requireArchiveAccess(purpose);
            auditLog.record(new AuditEvent(currentStaff.username(), "archive.read", "Complaint", number,
                    Map.of("purpose", stated.name(), "view", view)));
        }
        return complaint;
    }

    /**
     * The archive register: archived complaints filed between {@code from} and {@code to} (dates in
     * the business time zone, inclusive), optionally of one type, oldest first.
     */
    public ResultPage<Complaint> register(LocalDate from, LocalDate to, ComplaintType type, String purpose,
                                          PageQuery page) {
        ArchivePurpose stated = requireArchiveAccess(purpose);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("to", "must not be before from");
        }
        List<Criteria> conditions = new ArrayList<>();
        conditions.add(where("state").is(ComplaintState.ARCHIVED));
        if (from != null || to != null) {
            Criteria archivedAt = where("archivedAt");
            if (from != null) {
                archivedAt = archivedAt.gte(from.atStartOfDay(zone.zone()).toInstant());
            }
            if (to != null) {
                archivedAt = archivedAt.lt(to.plusDays(1).atStartOfDay(zone.zone()).toInstant());
            }
            conditions.add(archivedAt);
        }
        if (type != null) {
            conditions.add(where("type").is(type));
        }
        Query query = Query.query(new Criteria().andOperator(conditions));
        long total = mongo.count(query, Complaint.class);
        query.with(Sort.by("archivedAt", "archiveNumber")).skip(page.offset()).limit(page.size());
        Map<String, String> details = new HashMap<>(Map.of("purpose", stated.name(), "page",
                String.valueOf(page.page())));
        if (from != null) {
            details.put("from", from.toString());
        }
        if (to != null) {
            details.put("to", to.toString());
        }
        if (type != null) {
            details.put("type", type.name());
        }
        auditLog.record(new AuditEvent(currentStaff.username(), "archive.searched", "ComplaintArchive", "register",
                details));
        return new ResultPage<>(mongo.find(query, Complaint.class), page.page(), page.size(), total);
    }

    /** Roles first (an agent is refused whatever the purpose), then the purpose. */
    private ArchivePurpose requireArchiveAccess(String purpose) {
        if (ARCHIVE_READERS.stream().noneMatch(currentStaff::hasRole)) {
            throw new AccessDeniedException("archived complaints are for supervisors, admins and analysts");
        }
        return ArchivePurpose.parse(purpose);
    }
}
