package dev.crm.complaint.application;

import dev.crm.complaint.domain.crisis.Audience;
import dev.crm.complaint.domain.crisis.Crisis;
import dev.crm.complaint.domain.crisis.CrisisDeclaration;
import dev.crm.complaint.domain.crisis.CrisisPlaybook;
import dev.crm.complaint.domain.crisis.FirstCommunicationRule;
import dev.crm.complaint.domain.crisis.RecoveryStage;
import dev.crm.complaint.domain.problem.InputCheck;
import dev.crm.complaint.domain.problem.ProblemRecord;
import dev.crm.complaint.persistence.CrisisPlaybookRepository;
import dev.crm.complaint.persistence.CrisisRepository;
import dev.crm.complaint.persistence.ProblemRecordRepository;
import dev.crm.complaint.persistence.ProblemSearch;
import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.DuplicateRecordException;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.OutboundMessageDraft;
import dev.crm.core.api.Outbox;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.core.api.ResultPage;
import dev.crm.core.api.SequenceNumbers;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Crises (DOMAIN.md §1.9): declared on a problem record or directly (then a CRISIS problem record is
 * opened for the root-cause work), worked through communications, a playbook checklist and the
 * recovery stages. Declaring tells the HQ service-quality committee at once (000 §8.1).
 */
@Service
public class Crises {

    static final String NUMBER_PREFIX = "CR";
    static final String COMMITTEE = "tier:hq-service-quality-committee";
    static final String STAFF_CHANNEL = "staff";

    /** A command against the aggregate. */
    @FunctionalInterface
    public interface Command {
        void apply(Crisis crisis, String by, Instant at);
    }

    private final CrisisRepository crises;
    private final ProblemRecordRepository problems;
    private final ProblemRecords problemRecords;
    private final CrisisPlaybookRepository playbooks;
    private final ProblemSearch search;
    private final SequenceNumbers sequenceNumbers;
    private final Outbox outbox;
    private final CrisisProperties properties;
    private final CurrentStaff currentStaff;
    private final AuditLog auditLog;
    private final Clock clock;
    private final CrisisCommunications communications;

    Crises(CrisisRepository crises, ProblemRecordRepository problems, ProblemRecords problemRecords,
           CrisisPlaybookRepository playbooks, ProblemSearch search, SequenceNumbers sequenceNumbers, Outbox outbox,
           CrisisProperties properties, CurrentStaff currentStaff, AuditLog auditLog, Clock clock,
           CrisisCommunications communications) {
        this.crises = crises;
        this.problems = problems;
        this.problemRecords = problemRecords;
        this.playbooks = playbooks;
        this.search = search;
        this.sequenceNumbers = sequenceNumbers;
        this.outbox = outbox;
        this.properties = properties;
        this.currentStaff = currentStaff;
        this.auditLog = auditLog;
        this.clock = clock;
        this.communications = communications;
    }

    /**
     * @param problemId the problem record the crisis escalates, or null to open one for it
     * @throws DuplicateRecordException when the problem record already has a crisis
     */
    public Crisis declare(String problemId, CrisisDeclaration declaration) {
        String by = currentStaff.username();
        Instant at = clock.instant();
        List<FieldViolation> violations = new ArrayList<>(declaration.violations(at));
        String problemNumber = InputCheck.strip(problemId);
        ProblemRecord problem = null;
        if (problemNumber != null) {
            problem = problems.findByNumber(problemNumber).orElse(null);
            if (problem == null) {
                violations.add(new FieldViolation("problemId", "no problem record with this number"));
            }
        }
        // Everything that can refuse runs before a number is taken.
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (problem != null) {
            if (!problem.isOpen()) {
                throw new BusinessRuleViolationException("Problem " + problemNumber + " is closed",
                        List.of(new FieldViolation("problemId", "is a closed problem record")));
            }
            if (crises.findByProblemId(problemNumber).isPresent()) {
                throw new DuplicateRecordException("crisis", "problemId", problemNumber);
            }
        } else {
            problemNumber = problemRecords.openForCrisis(declaration.title(), declaration.description(), by, at)
                    .getNumber();
        }
        Crisis crisis = Crisis.declare(sequenceNumbers.next(NUMBER_PREFIX), problemNumber, declaration,
                new FirstCommunicationRule(properties.firstCommunicationTarget()), by, at);
        Crisis saved;
        try {
            saved = crises.insert(crisis);
        } catch (DuplicateKeyException declaredMeanwhile) {
            throw new DuplicateRecordException("crisis", "problemId", problemNumber);
        }
        outbox.enqueue(new OutboundMessageDraft(STAFF_CHANNEL, COMMITTEE,
                saved.getNumber() + ": " + saved.getLevel() + " " + saved.getType() + " crisis declared", null,
                "Crisis " + saved.getNumber() + " '" + saved.getTitle() + "' (" + saved.getLevel() + ") detected at "
                        + saved.getDetectedAt() + "; first communication due by " + saved.getFirstCommunicationDueAt()
                        + ". Problem record " + saved.getProblemId() + ".",
                Map.of(), "crisis:" + saved.getNumber() + ":declared", "Crisis", saved.getNumber()));
        auditLog.record(new AuditEvent(by, "crisis.declared", "Crisis", saved.getNumber(),
                Map.of("problemId", problemNumber, "level", saved.getLevel().name())));
        return saved;
    }

    public Crisis get(String number) {
        return crises.findByNumber(number).orElseThrow(() -> new RecordNotFoundException("crisis", number));
    }

    public ResultPage<Crisis> search(RecoveryStage stage, Boolean open, PageQuery page) {
        return search.crises(stage, open, page);
    }

    /** @param expectedVersion the version the caller last saw (If-Match), or null for the current one */
    public Crisis run(String number, Long expectedVersion, String action, Command command) {
        Crisis crisis = get(number);
        if (expectedVersion != null && !Objects.equals(expectedVersion, crisis.getVersion())) {
            throw new OptimisticLockingFailureException("crisis " + number + " is at version " + crisis.getVersion()
                    + ", not " + expectedVersion);
        }
        String by = currentStaff.username();
        command.apply(crisis, by, clock.instant());
        Crisis saved = crises.save(crisis);
        auditLog.record(AuditEvent.of(by, "crisis." + action, "Crisis", number));
        return saved;
    }

    /**
     * Records a communication; one to the customers is then delivered to each customer of the
     * crisis's complaints (see {@link CrisisCommunications}).
     */
    public Crisis communicate(String number, Long expectedVersion, String channel, Audience audience,
                              String message) {
        Crisis saved = run(number, expectedVersion, "communicated",
                (crisis, by, at) -> crisis.communicate(channel, audience, message, by, at));
        return communications.deliver(saved, clock.instant());
    }

    public Crisis applyPlaybook(String number, Long expectedVersion, String playbookId) {
        if (InputCheck.isBlank(playbookId)) {
            throw new InvalidInputException("playbookId", "is required");
        }
        CrisisPlaybook playbook = playbooks.findById(playbookId.strip())
                .orElseThrow(() -> new InvalidInputException("playbookId", "no playbook with this id"));
        return run(number, expectedVersion, "playbook-applied",
                (crisis, by, at) -> crisis.applyPlaybook(playbook, by, at));
    }

    /**
     * The boundary to the survey part: crises whose post-crisis survey is requested and not yet sent.
     * The survey part sends its POST_CRISIS survey to the customers of the listed complaints, then
     * calls {@link #postCrisisSurveySent}.
     */
    public List<PostCrisisSurveyRequest> postCrisisSurveysToSend() {
        return search.postCrisisSurveysRequested().stream()
                .map(crisis -> new PostCrisisSurveyRequest(crisis.getNumber(), crisis.getProblemId(),
                        crisis.getPostCrisisSurveyRequestedAt(), problems.findByNumber(crisis.getProblemId())
                        .map(ProblemRecord::linkedNumbers).orElse(List.of())))
                .toList();
    }

    public Crisis postCrisisSurveySent(String number, String surveyRef) {
        return OnConflict.retry(() -> {
            Crisis crisis = get(number);
            crisis.postCrisisSurveySent(surveyRef);
            return crises.save(crisis);
        });
    }
}
