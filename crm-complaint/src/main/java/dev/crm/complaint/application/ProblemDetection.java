package dev.crm.complaint.application;

import dev.crm.complaint.api.ComplaintKind;
import dev.crm.complaint.api.ComplaintType;
import dev.crm.complaint.domain.Complaint;
import dev.crm.complaint.domain.problem.BatchRule;
import dev.crm.complaint.domain.problem.ComplaintFacts;
import dev.crm.complaint.domain.problem.LinkReason;
import dev.crm.complaint.domain.problem.ProblemOrigin;
import dev.crm.complaint.domain.problem.ProblemRecord;
import dev.crm.complaint.domain.problem.ProblemScope;
import dev.crm.complaint.domain.problem.RepeatRule;
import dev.crm.complaint.persistence.ComplaintEvidence;
import dev.crm.complaint.persistence.ComplaintRepository;
import dev.crm.complaint.persistence.ProblemRecordRepository;
import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.core.api.SequenceNumbers;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Finds repeat and batch complaints (DOMAIN.md §1.8) when a complaint gets a type, and links them to
 * a problem record.
 * <ul>
 * <li><b>Batch</b> first: complaints of the type about the product reference (else the category)
 * from {@code batch-threshold} customers within {@code batch-window} open a BATCH record and are
 * linked to it; a later complaint of the same subject joins the open record directly.</li>
 * <li><b>Repeat</b>: the complaint repeats the latest earlier complaint of its customer and type
 * within {@code repeat-window} ({@code repeatOf}); a REPEAT record for customer and type links the
 * ones not yet on a record, opened when at least two are unlinked, joined when already open.</li>
 * </ul>
 * A complaint belongs to one record at a time: a batch takes precedence, and one already on a record
 * stays there. Safe with several nodes: a record is found by its detection key, and inserting one
 * under a key already taken fails on the unique index, so the loser reuses the winner's record. Every
 * write is a version-checked save retried on conflict, and the complaint's "detection due" flag is
 * cleared last, so a crash midway is finished by the next sweep. A lost insert race takes a problem
 * number that is never used: problem numbers, unlike complaint numbers, need not be gap-free.
 */
@Component
public class ProblemDetection {

    static final String SYSTEM = "system:problem-detection";
    private static final Logger log = LoggerFactory.getLogger(ProblemDetection.class);

    private final ComplaintRepository complaints;
    private final ComplaintEvidence evidence;
    private final ProblemRecordRepository records;
    private final SequenceNumbers sequenceNumbers;
    private final ProblemProperties properties;
    private final AuditLog auditLog;
    private final Clock clock;

    ProblemDetection(ComplaintRepository complaints, ComplaintEvidence evidence, ProblemRecordRepository records,
                     SequenceNumbers sequenceNumbers, ProblemProperties properties, AuditLog auditLog, Clock clock) {
        this.complaints = complaints;
        this.evidence = evidence;
        this.records = records;
        this.sequenceNumbers = sequenceNumbers;
        this.properties = properties;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Runs detection right after a command gave the complaint a type, and answers the complaint as
     * detection left it (the caller's ETag must be the new version). Detection failing does not undo
     * the command that succeeded: the flag stays set and the sweep tries again.
     */
    public Complaint examineIfDue(Complaint complaint) {
        if (!complaint.isProblemCheckDue()) {
            return complaint;
        }
        try {
            return examine(complaint.getNumber(), clock.instant());
        } catch (RuntimeException e) {
            log.warn("Problem detection for complaint {} failed; the detection sweep retries it",
                    complaint.getNumber(), e);
            return complaints.findByNumber(complaint.getNumber()).orElse(complaint);
        }
    }

    /** @return the complaint as detection left it */
    public Complaint examine(String number, Instant at) {
        Complaint complaint = load(number);
        if (!complaint.isProblemCheckDue()) {
            return complaint;
        }
        ComplaintType type = complaint.getType();
        if (type == null || complaint.getKind() != ComplaintKind.COMPLAINT) {
            return finish(number, type, null, null);
        }
        ComplaintFacts subject = new ComplaintFacts(number, ComplaintFacts.customerKey(complaint.getCustomerId(),
                complaint.getContactHint()), complaint.getReceivedAt(), complaint.getProblemId(),
                complaint.getRepeatOf());
        String problem = complaint.getProblemId();
        problem = batch(complaint, subject, problem, at);

        List<ComplaintFacts> sameCustomer = subject.customerKey() == null ? List.of()
                : evidence.sameCustomerAndType(complaint, subject.receivedAt().minus(properties.repeatWindow()),
                        subject.receivedAt().plus(properties.repeatWindow()));
        RepeatRule.Finding repeat = RepeatRule.find(subject, sameCustomer, properties.repeatWindow());
        if (!repeat.isEmpty()) {
            problem = repeat(subject, repeat, problem, type, at);
        }
        repeat.successor().ifPresent(successor -> markRepeat(successor.number(), number));
        return finish(number, type, repeat.predecessor().map(ComplaintFacts::number).orElse(null), problem);
    }

    /** A product a batch can gather around: the reference, or else the category. */
    private record Product(String field, String keyPart, String value) {

        String key(ComplaintType type) {
            return "BATCH|" + type + "|" + keyPart + ":" + value.strip().toLowerCase(Locale.ROOT);
        }

        ProblemScope scope(ComplaintType type) {
            return field.equals("productReference") ? new ProblemScope(type, value, null, null)
                    : new ProblemScope(type, null, value, null);
        }
    }

    private String batch(Complaint complaint, ComplaintFacts subject, String problem, Instant at) {
        ComplaintType type = complaint.getType();
        List<Product> products = new ArrayList<>();
        if (complaint.getProductReference() != null) {
            products.add(new Product("productReference", "ref", complaint.getProductReference()));
        }
        if (complaint.getProductCategory() != null) {
            products.add(new Product("productCategory", "cat", complaint.getProductCategory()));
        }
        for (Product product : products) {
            String key = product.key(type);
            Optional<ProblemRecord> open = records.findByDetectionKey(key);
            List<ComplaintFacts> members = List.of(subject);
            if (open.isEmpty()) {
                List<ComplaintFacts> candidates = evidence.sameProductAndType(type, product.field(), product.value(),
                        subject.receivedAt().minus(properties.batchWindow()),
                        subject.receivedAt().plus(properties.batchWindow()));
                members = BatchRule.find(subject, candidates, properties.batchWindow(), properties.batchThreshold());
                if (members.isEmpty()) {
                    continue;
                }
            }
            ProblemRecord record = open.orElseGet(() -> openRecord(key, ProblemOrigin.BATCH,
                    "Batch of " + type + " complaints about " + product.value(), product.scope(type), at));
            return link(record, members, subject, problem, LinkReason.BATCH, at);
        }
        return problem;
    }

    private String repeat(ComplaintFacts subject, RepeatRule.Finding repeat, String problem, ComplaintType type,
                          Instant at) {
        List<ComplaintFacts> unlinked = new ArrayList<>();
        if (problem == null) {
            unlinked.add(subject);
        }
        repeat.predecessor().filter(c -> c.problemId() == null).ifPresent(unlinked::add);
        repeat.successor().filter(c -> c.problemId() == null).ifPresent(unlinked::add);
        if (unlinked.isEmpty()) {
            return problem;
        }
        String key = "REPEAT|" + subject.customerKey() + "|" + type;
        Optional<ProblemRecord> open = records.findByDetectionKey(key);
        if (open.isEmpty() && unlinked.size() < 2) {
            return problem;
        }
        ProblemRecord record = open.orElseGet(() -> openRecord(key, ProblemOrigin.REPEAT,
                "Repeat " + type + " complaints of " + subject.customerKey(),
                new ProblemScope(type, null, null, subject.customerKey()), at));
        return link(record, unlinked, subject, problem, LinkReason.REPEAT, at);
    }

    /**
     * Links the members not on a record yet: the record first, then each complaint; a complaint that
     * went to another record meanwhile is taken back off this one.
     *
     * @return the subject's problem record after linking
     */
    private String link(ProblemRecord found, List<ComplaintFacts> members, ComplaintFacts subject, String problem,
                        LinkReason reason, Instant at) {
        List<String> wanted = members.stream()
                .filter(m -> m.number().equals(subject.number()) ? problem == null : m.problemId() == null)
                .map(ComplaintFacts::number).toList();
        if (wanted.isEmpty()) {
            return problem;
        }
        String recordNumber = found.getNumber();
        ProblemRecord record = OnConflict.retry(() -> {
            ProblemRecord fresh = loadRecord(recordNumber);
            boolean changed = false;
            for (String number : wanted) {
                changed |= fresh.isOpen() && fresh.link(number, reason, null, SYSTEM, at);
            }
            return changed ? records.save(fresh) : fresh;
        });
        String subjectProblem = problem;
        for (String number : wanted) {
            if (!record.isLinked(number)) {
                continue;
            }
            if (number.equals(subject.number())) {
                subjectProblem = recordNumber;
            } else if (!linkComplaint(number, recordNumber)) {
                retract(recordNumber, number);
            }
        }
        return subjectProblem;
    }

    /** @return false when the complaint is on another record */
    private boolean linkComplaint(String number, String recordNumber) {
        return OnConflict.retry(() -> {
            Complaint complaint = load(number);
            if (complaint.linkToProblem(recordNumber)) {
                complaints.save(complaint);
                return true;
            }
            return recordNumber.equals(complaint.getProblemId());
        });
    }

    private void markRepeat(String number, String earlier) {
        OnConflict.retry(() -> {
            Complaint complaint = load(number);
            if (complaint.getRepeatOf() == null) {
                complaint.markRepeatOf(earlier);
                complaints.save(complaint);
            }
            return null;
        });
    }

    /**
     * Writes what detection found on the complaint and clears its flag, unless its type changed
     * meanwhile: then the flag stays for the examination of the new type.
     */
    private Complaint finish(String number, ComplaintType examinedType, String repeatOf, String problem) {
        Complaint saved = OnConflict.retry(() -> {
            Complaint complaint = load(number);
            if (complaint.getType() != examinedType) {
                return complaint;
            }
            complaint.markRepeatOf(repeatOf);
            if (problem != null) {
                complaint.linkToProblem(problem);
            }
            complaint.problemCheckDone();
            return complaints.save(complaint);
        });
        if (problem != null && !problem.equals(saved.getProblemId())) {
            retract(problem, number);
        }
        return saved;
    }

    private void retract(String recordNumber, String complaintNumber) {
        OnConflict.retry(() -> {
            ProblemRecord record = loadRecord(recordNumber);
            record.retract(complaintNumber);
            return records.save(record);
        });
    }

    private ProblemRecord openRecord(String key, ProblemOrigin origin, String title, ProblemScope scope, Instant at) {
        ProblemRecord record = ProblemRecord.open(sequenceNumbers.next(ProblemRecords.NUMBER_PREFIX), origin,
                title.length() > ProblemRecord.MAX_TITLE ? title.substring(0, ProblemRecord.MAX_TITLE) : title,
                null, scope, key, SYSTEM, at);
        try {
            ProblemRecord saved = records.insert(record);
            auditLog.record(new AuditEvent(SYSTEM, "problem.opened", "ProblemRecord", saved.getNumber(),
                    Map.of("origin", origin.name(), "detectionKey", key)));
            return saved;
        } catch (DuplicateKeyException anotherNodeOpenedIt) {
            return records.findByDetectionKey(key).orElseThrow(() -> anotherNodeOpenedIt);
        }
    }

    private Complaint load(String number) {
        return complaints.findByNumber(number).orElseThrow(() -> new RecordNotFoundException("complaint", number));
    }

    private ProblemRecord loadRecord(String number) {
        return records.findByNumber(number).orElseThrow(() -> new RecordNotFoundException("problem record", number));
    }
}
