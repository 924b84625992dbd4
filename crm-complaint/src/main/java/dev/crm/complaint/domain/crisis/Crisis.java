package dev.crm.complaint.domain.crisis;

import static dev.crm.complaint.domain.crisis.RecoveryStage.CLOSED;
import static dev.crm.complaint.domain.crisis.RecoveryStage.OPTIMISE;
import static dev.crm.complaint.domain.crisis.RecoveryStage.REBUILD;
import static dev.crm.complaint.domain.crisis.RecoveryStage.REPAIR;

import dev.crm.complaint.domain.problem.InputCheck;
import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.IllegalStateTransitionException;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.RecordNotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import lombok.Getter;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A crisis (major incident, DOMAIN.md §1.9): a problem record raised to a crisis level, with the
 * 3-minute first-communication rule measured from detection, a playbook checklist, the recovery
 * stages repair → optimise → rebuild, the post-mortem and the post-crisis survey. One document.
 * <p>
 * Stage rules (decisions): leaving REPAIR needs the first communication made; entering REBUILD
 * requests the post-crisis survey; closing needs the post-mortem and every checklist step done or
 * skipped. The post-mortem is written in OPTIMISE or REBUILD, once the damage is repaired.
 */
@Getter
@Document("crises")
public class Crisis {

    private static final Set<RecoveryStage> POST_MORTEM_STAGES = EnumSet.of(OPTIMISE, REBUILD);
    static final int MAX_MESSAGE = 10_000;

    @Id
    private final String id;
    @Indexed(unique = true)
    private final String number;
    /** The problem record behind the crisis: one crisis per problem record. */
    @Indexed(unique = true)
    private final String problemId;
    private final String title;
    private final String description;
    private final CrisisType type;
    private final Instant detectedAt;
    private final Instant declaredAt;
    private final String declaredBy;
    private CrisisLevel level;
    private List<CrisisAssessment> assessments;
    /** The target in force when declared: a later configuration change does not move a running crisis. */
    private final long firstCommunicationTargetSeconds;
    private final Instant firstCommunicationDueAt;
    private Instant firstCommunicationAt;
    /** The first-communication deadline while nobody has communicated and the watch has not flagged it. */
    @Indexed(name = "communication_watch", sparse = true)
    private Instant communicationWatchAt;
    /** Set while a communication to the customers is not yet handed to the outbox; the watch finds those. */
    @Indexed(name = "communication_delivery", sparse = true)
    private Instant deliveryPendingSince;
    private Instant communicationOverdueAt;
    private List<CrisisCommunication> communications;
    private String playbookId;
    private String playbookName;
    private List<ChecklistStep> checklist;
    private RecoveryStage stage;
    private List<StageTransition> stageTransitions;
    private PostMortem postMortem;
    /**
     * Set when the crisis enters REBUILD: the customers of its complaints are to be surveyed. The
     * survey part sends its POST_CRISIS survey for every crisis with this set and no
     * {@code postCrisisSurveyRef}, and records the survey's reference here.
     */
    private boolean postCrisisSurveyRequested;
    private Instant postCrisisSurveyRequestedAt;
    private String postCrisisSurveyRef;
    private Instant closedAt;
    @Version
    private Long version;

    @PersistenceCreator
    Crisis(String id, String number, String problemId, String title, String description, CrisisType type,
           Instant detectedAt, Instant declaredAt, String declaredBy, CrisisLevel level,
           List<CrisisAssessment> assessments, long firstCommunicationTargetSeconds, Instant firstCommunicationDueAt,
           Instant firstCommunicationAt, Instant communicationWatchAt, Instant communicationOverdueAt,
           List<CrisisCommunication> communications, String playbookId, String playbookName,
           List<ChecklistStep> checklist, RecoveryStage stage, List<StageTransition> stageTransitions,
           PostMortem postMortem, boolean postCrisisSurveyRequested, Instant postCrisisSurveyRequestedAt,
           String postCrisisSurveyRef, Instant closedAt, Long version) {
        this.id = id;
        this.number = number;
        this.problemId = problemId;
        this.title = title;
        this.description = description;
        this.type = type;
        this.detectedAt = detectedAt;
        this.declaredAt = declaredAt;
        this.declaredBy = declaredBy;
        this.level = level;
        this.assessments = assessments == null ? new ArrayList<>() : new ArrayList<>(assessments);
        this.firstCommunicationTargetSeconds = firstCommunicationTargetSeconds;
        this.firstCommunicationDueAt = firstCommunicationDueAt;
        this.firstCommunicationAt = firstCommunicationAt;
        this.communicationWatchAt = communicationWatchAt;
        this.communicationOverdueAt = communicationOverdueAt;
        this.communications = communications == null ? new ArrayList<>() : new ArrayList<>(communications);
        this.playbookId = playbookId;
        this.playbookName = playbookName;
        this.checklist = checklist == null ? new ArrayList<>() : new ArrayList<>(checklist);
        this.stage = stage;
        this.stageTransitions = stageTransitions == null ? new ArrayList<>() : new ArrayList<>(stageTransitions);
        this.postMortem = postMortem;
        this.postCrisisSurveyRequested = postCrisisSurveyRequested;
        this.postCrisisSurveyRequestedAt = postCrisisSurveyRequestedAt;
        this.postCrisisSurveyRef = postCrisisSurveyRef;
        this.closedAt = closedAt;
        this.version = version;
    }

    /** @throws InvalidInputException naming each missing or bad field of the declaration */
    public static Crisis declare(String number, String problemId, CrisisDeclaration declaration,
                                 FirstCommunicationRule rule, String by, Instant at) {
        List<FieldViolation> violations = declaration.violations(at);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Instant due = rule.dueAt(declaration.detectedAt());
        CrisisAssessment assessment = CrisisAssessment.of(declaration.severity(), declaration.scope(),
                declaration.customerEmotion(), at, by);
        Crisis crisis = new Crisis(null, number, problemId, declaration.title().strip(),
                InputCheck.strip(declaration.description()), declaration.type(), declaration.detectedAt(), at, by,
                assessment.level(), List.of(assessment), rule.target().toSeconds(), due, null, due, null, List.of(),
                null, null, List.of(), REPAIR, List.of(), null, false, null, null, null, null);
        crisis.stageTransitions.add(new StageTransition(null, REPAIR, by, at, "declared " + assessment.level()));
        return crisis;
    }

    public FirstCommunicationRule firstCommunicationRule() {
        return new FirstCommunicationRule(Duration.ofSeconds(firstCommunicationTargetSeconds));
    }

    /** See {@link FirstCommunicationRule#withinTarget}: null while undecided. */
    public Boolean firstCommunicationWithinTarget(Instant now) {
        return firstCommunicationRule().withinTarget(detectedAt, firstCommunicationAt, now);
    }

    /** Records a communication; the first one is the one the 3-minute rule measures. */
    public void communicate(String channel, Audience audience, String message, String by, Instant at) {
        requireOpen("communicate about");
        List<FieldViolation> violations = new ArrayList<>();
        InputCheck.required(channel, "channel", 100, violations);
        if (audience == null) {
            violations.add(new FieldViolation("audience", "is required"));
        }
        InputCheck.required(message, "message", MAX_MESSAGE, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        communications.add(new CrisisCommunication(communications.size() + 1, channel.strip(), audience,
                message.strip(), at, by, null, null));
        if (audience == Audience.CUSTOMERS && deliveryPendingSince == null) {
            deliveryPendingSince = at;
        }
        if (firstCommunicationAt == null) {
            firstCommunicationAt = at;
            communicationWatchAt = null;
        }
    }

    /** Communications to the customers not yet handed to the outbox, oldest first. */
    public List<CrisisCommunication> undeliveredCommunications() {
        return communications.stream().filter(CrisisCommunication::awaitsDelivery).toList();
    }

    /** Records that communication {@code sequence} went to the outbox for {@code recipients} customers. */
    public void communicationDelivered(int sequence, int recipients, Instant at) {
        communications.replaceAll(communication -> communication.awaitsDelivery()
                && communication.sequence() == sequence ? communication.delivered(recipients, at) : communication);
        if (undeliveredCommunications().isEmpty()) {
            deliveryPendingSince = null;
        }
    }

    /**
     * Flags the missed 3-minute target once.
     *
     * @return true when this call flagged it (the committee is to be told), false when there is
     *         nothing (new) to flag
     */
    public boolean flagCommunicationOverdue(Instant now) {
        if (communicationOverdueAt != null || stage == CLOSED
                || !firstCommunicationRule().isOverdue(detectedAt, firstCommunicationAt, now)) {
            return false;
        }
        communicationOverdueAt = now;
        communicationWatchAt = null;
        return true;
    }

    /** The crisis develops: a new assessment, a new level; the history stays. */
    public void reassess(Severity severity, CrisisScope scope, CustomerEmotion emotion, String by, Instant at) {
        requireOpen("reassess");
        List<FieldViolation> violations = CrisisDeclaration.assessmentViolations(severity, scope, emotion);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        CrisisAssessment assessment = CrisisAssessment.of(severity, scope, emotion, at, by);
        assessments.add(assessment);
        level = assessment.level();
    }

    /**
     * Copies the playbook's steps as the crisis checklist, each due its target minutes after
     * detection. Another playbook may replace it only while no step has been worked.
     */
    public void applyPlaybook(CrisisPlaybook playbook, String by, Instant at) {
        requireOpen("apply a playbook to");
        if (playbook.getCrisisType() != type) {
            throw new BusinessRuleViolationException("Playbook '" + playbook.getName() + "' is for "
                    + playbook.getCrisisType() + " crises, this is a " + type + " crisis",
                    List.of(new FieldViolation("playbookId", "is for another crisis type")));
        }
        if (checklist.stream().anyMatch(ChecklistStep::isSettled)) {
            throw new BusinessRuleViolationException("Steps of playbook '" + playbookName + "' are already worked",
                    List.of(new FieldViolation("playbookId", "the current checklist is in progress")));
        }
        List<ChecklistStep> steps = new ArrayList<>();
        List<PlaybookStep> source = playbook.getSteps();
        for (int i = 0; i < source.size(); i++) {
            PlaybookStep step = source.get(i);
            steps.add(new ChecklistStep(i + 1, step.title(), step.responsibleRole(), step.targetMinutes(),
                    detectedAt.plus(Duration.ofMinutes(step.targetMinutes())), null, null, null, null, null));
        }
        checklist = steps;
        playbookId = playbook.getId();
        playbookName = playbook.getName();
    }

    public void completeStep(int no, String note, String by, Instant at) {
        ChecklistStep step = openStep(no, "complete");
        InputCheck.bounded(note, "note", 2_000);
        checklist.set(no - 1, step.done(by, at, InputCheck.strip(note)));
    }

    public void skipStep(int no, String reason, String by, Instant at) {
        ChecklistStep step = openStep(no, "skip");
        if (InputCheck.isBlank(reason)) {
            throw new BusinessRuleViolationException("Skipping a step needs a reason",
                    List.of(new FieldViolation("reason", "is required")));
        }
        InputCheck.bounded(reason, "reason", 2_000);
        checklist.set(no - 1, step.skipped(by, at, reason.strip()));
    }

    /** The post-mortem; rewriting it replaces the previous one. */
    public void writePostMortem(PostMortem review) {
        if (!POST_MORTEM_STAGES.contains(stage)) {
            throw new IllegalStateTransitionException("crisis", stage.name(), "write the post-mortem of");
        }
        this.postMortem = review;
    }

    /** REPAIR → OPTIMISE → REBUILD → CLOSED, in this order only. */
    public void advance(String note, String by, Instant at) {
        requireOpen("advance");
        InputCheck.bounded(note, "note", 2_000);
        RecoveryStage to = stage.next();
        switch (to) {
            case OPTIMISE -> {
                if (firstCommunicationAt == null) {
                    throw new BusinessRuleViolationException("Repair is not over before the first communication",
                            List.of(new FieldViolation("communications", "nothing has been communicated yet")));
                }
            }
            case REBUILD -> {
                postCrisisSurveyRequested = true;
                postCrisisSurveyRequestedAt = at;
            }
            case CLOSED -> {
                List<FieldViolation> missing = new ArrayList<>();
                if (postMortem == null) {
                    missing.add(new FieldViolation("postMortem", "is required to close a crisis"));
                }
                for (ChecklistStep step : checklist) {
                    if (!step.isSettled()) {
                        missing.add(new FieldViolation("checklist[" + (step.no() - 1) + "]",
                                "'" + step.title() + "' is neither done nor skipped"));
                    }
                }
                if (!missing.isEmpty()) {
                    throw new BusinessRuleViolationException("A crisis closes after its post-mortem and checklist",
                            missing);
                }
                closedAt = at;
                communicationWatchAt = null;
            }
            default -> throw new IllegalStateTransitionException("crisis", stage.name(), "advance");
        }
        stageTransitions.add(new StageTransition(stage, to, by, at, InputCheck.strip(note)));
        stage = to;
    }

    /** The survey part reports the POST_CRISIS survey it sent for this crisis. */
    public void postCrisisSurveySent(String surveyRef) {
        if (!postCrisisSurveyRequested) {
            throw new IllegalStateTransitionException("crisis", stage.name(), "record a post-crisis survey for");
        }
        if (InputCheck.isBlank(surveyRef)) {
            throw new InvalidInputException("surveyRef", "is required");
        }
        this.postCrisisSurveyRef = surveyRef.strip();
    }

    public boolean isOpen() {
        return stage != CLOSED;
    }

    public List<CrisisAssessment> getAssessments() {
        return List.copyOf(assessments);
    }

    public List<CrisisCommunication> getCommunications() {
        return List.copyOf(communications);
    }

    public List<ChecklistStep> getChecklist() {
        return List.copyOf(checklist);
    }

    public List<StageTransition> getStageTransitions() {
        return List.copyOf(stageTransitions);
    }

    private ChecklistStep openStep(int no, String command) {
        requireOpen(command + " a checklist step of");
        if (no < 1 || no > checklist.size()) {
            throw new RecordNotFoundException("checklist step", String.valueOf(no));
        }
        ChecklistStep step = checklist.get(no - 1);
        if (step.isSettled()) {
            throw new IllegalStateTransitionException("checklist step", step.doneAt() != null ? "DONE" : "SKIPPED",
                    command);
        }
        return step;
    }

    private void requireOpen(String command) {
        if (stage == CLOSED) {
            throw new IllegalStateTransitionException("crisis", stage.name(), command);
        }
    }
}
