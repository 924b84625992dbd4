package dev.crm.complaint.application;

import dev.crm.complaint.domain.Complaint;
import dev.crm.complaint.domain.crisis.Crisis;
import dev.crm.complaint.domain.problem.EffectivenessKpi;
import dev.crm.complaint.domain.problem.EffectivenessWindows;
import dev.crm.complaint.domain.problem.InputCheck;
import dev.crm.complaint.domain.problem.LinkReason;
import dev.crm.complaint.domain.problem.Measurement;
import dev.crm.complaint.domain.problem.MeasurementWindow;
import dev.crm.complaint.domain.problem.PdcaStage;
import dev.crm.complaint.domain.problem.ProblemOrigin;
import dev.crm.complaint.domain.problem.ProblemRecord;
import dev.crm.complaint.domain.problem.ProblemScope;
import dev.crm.complaint.persistence.ComplaintEvidence;
import dev.crm.complaint.persistence.ComplaintRepository;
import dev.crm.complaint.persistence.CrisisRepository;
import dev.crm.complaint.persistence.ProblemRecordRepository;
import dev.crm.complaint.persistence.ProblemSearch;
import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.core.api.ResultPage;
import dev.crm.core.api.SequenceNumbers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Problem records (DOMAIN.md §1.8): opening by hand, lookup, the analysis and PDCA commands,
 * effectiveness checks counted from the complaints, and linking complaints by hand. Commands follow
 * the complaint commands: load, check the caller's version (If-Match), let the aggregate decide,
 * save with the version check, audit.
 */
@Service
@EnableConfigurationProperties({ProblemProperties.class, CrisisProperties.class})
public class ProblemRecords {

    static final String NUMBER_PREFIX = "P";
    static final int MAX_WINDOW_DAYS = 366;

    /** A command against the aggregate. */
    @FunctionalInterface
    public interface Command {
        void apply(ProblemRecord record, String by, Instant at);
    }

    private final ProblemRecordRepository records;
    private final ProblemSearch search;
    private final ComplaintRepository complaints;
    private final ComplaintEvidence evidence;
    private final CrisisRepository crises;
    private final SequenceNumbers sequenceNumbers;
    private final ProblemProperties properties;
    private final CurrentStaff currentStaff;
    private final AuditLog auditLog;
    private final Clock clock;

    ProblemRecords(ProblemRecordRepository records, ProblemSearch search, ComplaintRepository complaints,
                   ComplaintEvidence evidence, CrisisRepository crises, SequenceNumbers sequenceNumbers,
                   ProblemProperties properties, CurrentStaff currentStaff, AuditLog auditLog, Clock clock) {
        this.records = records;
        this.search = search;
        this.complaints = complaints;
        this.evidence = evidence;
        this.crises = crises;
        this.sequenceNumbers = sequenceNumbers;
        this.properties = properties;
        this.currentStaff = currentStaff;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A record opened by hand (origin MANUAL). */
    public ProblemRecord open(String title, String description, ProblemScope scope) {
        return open(ProblemOrigin.MANUAL, title, description, scope, currentStaff.username(), clock.instant());
    }

    /** The record behind a crisis declared without one (origin CRISIS). */
    ProblemRecord openForCrisis(String title, String description, String by, Instant at) {
        return open(ProblemOrigin.CRISIS, title, description, ProblemScope.NONE, by, at);
    }

    private ProblemRecord open(ProblemOrigin origin, String title, String description, ProblemScope scope,
                               String by, Instant at) {
        List<FieldViolation> violations = ProblemRecord.check(title, description);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        ProblemRecord record = records.insert(ProblemRecord.open(sequenceNumbers.next(NUMBER_PREFIX), origin, title,
                description, scope, null, by, at));
        auditLog.record(new AuditEvent(by, "problem.opened", "ProblemRecord", record.getNumber(),
                Map.of("origin", origin.name())));
        return record;
    }

    public ProblemRecord get(String number) {
        return records.findByNumber(number).orElseThrow(() -> new RecordNotFoundException("problem record", number));
    }

    /** The crisis declared on the record, if any. */
    public Optional<String> crisisOf(ProblemRecord record) {
        return crises.findByProblemId(record.getNumber()).map(Crisis::getNumber);
    }

    public ResultPage<ProblemRecord> search(PdcaStage stage, ProblemOrigin origin, Boolean open, PageQuery page) {
        return search.problems(stage, origin, open, page);
    }

    /**
     * @param expectedVersion the version the caller last saw (If-Match), or null for the current one
     */
    public ProblemRecord run(String number, Long expectedVersion, String action, Command command) {
        ProblemRecord record = get(number);
        requireVersion(record, expectedVersion);
        String by = currentStaff.username();
        command.apply(record, by, clock.instant());
        ProblemRecord saved = records.save(record);
        auditLog.record(AuditEvent.of(by, "problem." + action, "ProblemRecord", number));
        return saved;
    }

    /**
     * Measures the KPI in the record's scope before and after the measures took effect, counting
     * the complaints received in each window.
     *
     * @param windowDays length of the default windows (null: {@code effectiveness-window})
     */
    public ProblemRecord measure(String number, Long expectedVersion, EffectivenessKpi kpi, Integer windowDays,
                                 MeasurementWindow before, MeasurementWindow after) {
        if (windowDays != null && (windowDays < 1 || windowDays > MAX_WINDOW_DAYS)) {
            throw new InvalidInputException("windowDays", "must be between 1 and " + MAX_WINDOW_DAYS);
        }
        Duration window = windowDays == null ? properties.effectivenessWindow() : Duration.ofDays(windowDays);
        EffectivenessKpi measured = kpi == null ? EffectivenessKpi.COMPLAINTS_PER_30_DAYS : kpi;
        return run(number, expectedVersion, "effectiveness-measured", (record, by, at) -> {
            EffectivenessWindows windows = record.measurementWindows(window, before, after, at);
            Measurement beforeValue = Measurement.of(windows.before(),
                    evidence.count(record.getScope(), measured, windows.before()));
            Measurement afterValue = Measurement.of(windows.after(),
                    evidence.count(record.getScope(), measured, windows.after()));
            record.measure(measured, beforeValue, afterValue, by, at);
        });
    }

    /**
     * Links a complaint by hand. A complaint is on one record at a time: one on another record must be
     * unlinked there first. Linking again what is linked changes nothing.
     */
    public ProblemRecord link(String number, Long expectedVersion, String complaintNumber, String note) {
        String wanted = requireComplaintNumber(complaintNumber);
        ProblemRecord record = get(number);
        requireVersion(record, expectedVersion);
        if (record.isLinked(wanted)) {
            return record;
        }
        String by = currentStaff.username();
        Instant at = clock.instant();
        record.link(wanted, LinkReason.MANUAL, note, by, at);
        Complaint complaint = complaints.findByNumber(wanted)
                .orElseThrow(() -> new InvalidInputException("number", "no complaint with this number"));
        requireLinkable(complaint, number);
        OnConflict.retry(() -> {
            Complaint fresh = complaints.findByNumber(wanted).orElseThrow();
            requireLinkable(fresh, number);
            if (fresh.linkToProblem(number)) {
                complaints.save(fresh);
            }
            return null;
        });
        ProblemRecord saved = saveAgain(record, fresh -> fresh.link(wanted, LinkReason.MANUAL, note, by, at));
        auditLog.record(new AuditEvent(by, "problem.complaint-linked", "ProblemRecord", number,
                Map.of("complaint", wanted)));
        return saved;
    }

    /** Unlinks a complaint; the record keeps who unlinked it and why, and detection leaves it off. */
    public ProblemRecord unlink(String number, Long expectedVersion, String complaintNumber, String reason) {
        String unwanted = requireComplaintNumber(complaintNumber);
        ProblemRecord record = get(number);
        requireVersion(record, expectedVersion);
        String by = currentStaff.username();
        Instant at = clock.instant();
        record.unlink(unwanted, reason, by, at);
        OnConflict.retry(() -> {
            complaints.findByNumber(unwanted).filter(complaint -> complaint.unlinkFromProblem(number))
                    .ifPresent(complaints::save);
            return null;
        });
        ProblemRecord saved = saveAgain(record, fresh -> {
            if (fresh.isLinked(unwanted)) {
                fresh.unlink(unwanted, reason, by, at);
            }
        });
        auditLog.record(new AuditEvent(by, "problem.complaint-unlinked", "ProblemRecord", number,
                Map.of("complaint", unwanted)));
        return saved;
    }

    /** Saves a changed record; when someone else saved it meanwhile, applies the change to theirs. */
    private ProblemRecord saveAgain(ProblemRecord changed, Consumer<ProblemRecord> change) {
        try {
            return records.save(changed);
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            return OnConflict.retry(() -> {
                ProblemRecord fresh = get(changed.getNumber());
                change.accept(fresh);
                return records.save(fresh);
            });
        }
    }

    private static void requireLinkable(Complaint complaint, String number) {
        if (complaint.getProblemId() != null && !complaint.getProblemId().equals(number)) {
            throw new BusinessRuleViolationException("Complaint " + complaint.getNumber() + " is linked to problem "
                    + complaint.getProblemId() + "; unlink it there first",
                    List.of(new FieldViolation("number", "is linked to another problem record")));
        }
    }

    private static String requireComplaintNumber(String complaintNumber) {
        if (InputCheck.isBlank(complaintNumber)) {
            throw new InvalidInputException("number", "is required: the complaint's number");
        }
        return complaintNumber.strip();
    }

    private static void requireVersion(ProblemRecord record, Long expectedVersion) {
        if (expectedVersion != null && !Objects.equals(expectedVersion, record.getVersion())) {
            throw new OptimisticLockingFailureException("problem record " + record.getNumber() + " is at version "
                    + record.getVersion() + ", not " + expectedVersion);
        }
    }
}
