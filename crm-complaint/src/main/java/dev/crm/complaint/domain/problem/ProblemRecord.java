package dev.crm.complaint.domain.problem;

import static dev.crm.complaint.domain.problem.PdcaStage.ACT;
import static dev.crm.complaint.domain.problem.PdcaStage.CHECK;
import static dev.crm.complaint.domain.problem.PdcaStage.CLOSED;
import static dev.crm.complaint.domain.problem.PdcaStage.DO;
import static dev.crm.complaint.domain.problem.PdcaStage.PLAN;

import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.IllegalStateTransitionException;
import dev.crm.core.api.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lombok.Getter;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A problem behind complaints (DOMAIN.md §1.8): the complaints it links, the root-cause analysis,
 * the corrective action plan and its PDCA cycle with effectiveness checks. One document, every
 * change one atomic write guarded by {@code @Version}.
 * <p>
 * PDCA rules (decisions where the handbooks only name the cycle):
 * <ul>
 * <li>analysis, plan and scope are written in PLAN only; executing the plan freezes them;</li>
 * <li>PLAN → DO needs a root cause backed by a Whys chain or a fishbone cause, and a complete plan;
 * it records when the measures took effect (default: now; earlier when the record is written after
 * the fact, never in the future);</li>
 * <li>DO → CHECK needs every milestone done or explicitly skipped with a reason; DO → PLAN
 * (replan) needs a reason;</li>
 * <li>CHECK ends only with a verdict on a measurement of this cycle: effective → ACT, not effective →
 * PLAN and a new cycle;</li>
 * <li>ACT → CLOSED needs a note of what was standardised; closing frees the detection key, so a
 * recurrence opens a new record.</li>
 * </ul>
 */
@Getter
@Document("problem_records")
public class ProblemRecord {

    public static final int MAX_TITLE = 200;
    static final int MAX_NOTE = 2_000;

    @Id
    private final String id;
    @Indexed(unique = true)
    private final String number;
    private final ProblemOrigin origin;
    private final Instant openedAt;
    private final String openedBy;
    private String title;
    private String description;
    private ProblemScope scope;
    /**
     * The detected subject (e.g. {@code BATCH|PRODUCT_QUALITY|ref:kettle-k2}) while the record is
     * open. Unique: two nodes detecting the same batch at once insert one record; the loser's
     * duplicate-key error makes it reuse the winner's. Removed on close.
     */
    @Indexed(unique = true, sparse = true)
    private String detectionKey;
    private List<LinkedComplaint> complaints;
    private RootCauseAnalysis analysis;
    private CorrectiveActionPlan plan;
    private PdcaStage stage;
    private int cycle;
    /** When the measures of the current cycle took effect: effectiveness is measured from here. */
    private Instant measuresEffectiveFrom;
    private List<PdcaTransition> transitions;
    private List<EffectivenessCheck> checks;
    private Instant closedAt;
    @Version
    private Long version;

    @PersistenceCreator
    ProblemRecord(String id, String number, ProblemOrigin origin, Instant openedAt, String openedBy, String title,
                  String description, ProblemScope scope, String detectionKey, List<LinkedComplaint> complaints,
                  RootCauseAnalysis analysis, CorrectiveActionPlan plan, PdcaStage stage, int cycle,
                  Instant measuresEffectiveFrom, List<PdcaTransition> transitions, List<EffectivenessCheck> checks,
                  Instant closedAt, Long version) {
        this.id = id;
        this.number = number;
        this.origin = origin;
        this.openedAt = openedAt;
        this.openedBy = openedBy;
        this.title = title;
        this.description = description;
        this.scope = scope == null ? ProblemScope.NONE : scope;
        this.detectionKey = detectionKey;
        this.complaints = complaints == null ? new ArrayList<>() : new ArrayList<>(complaints);
        this.analysis = analysis == null ? RootCauseAnalysis.NONE : analysis;
        this.plan = plan == null ? CorrectiveActionPlan.NONE : plan;
        this.stage = stage;
        this.cycle = cycle;
        this.measuresEffectiveFrom = measuresEffectiveFrom;
        this.transitions = transitions == null ? new ArrayList<>() : new ArrayList<>(transitions);
        this.checks = checks == null ? new ArrayList<>() : new ArrayList<>(checks);
        this.closedAt = closedAt;
        this.version = version;
    }

    /** Checks what staff may give when opening a record, before a number is taken. */
    public static List<FieldViolation> check(String title, String description) {
        List<FieldViolation> violations = new ArrayList<>();
        InputCheck.required(title, "title", MAX_TITLE, violations);
        InputCheck.optional(description, "description", 10_000, violations);
        return violations;
    }

    /**
     * @param detectionKey the detected subject for REPEAT and BATCH records, null otherwise
     * @throws InvalidInputException without a title
     */
    public static ProblemRecord open(String number, ProblemOrigin origin, String title, String description,
                                     ProblemScope scope, String detectionKey, String by, Instant at) {
        List<FieldViolation> violations = check(title, description);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        ProblemRecord record = new ProblemRecord(null, number, origin, at, by, title.strip(),
                InputCheck.strip(description), scope, detectionKey, List.of(), RootCauseAnalysis.NONE,
                CorrectiveActionPlan.NONE, PLAN, 1, null, List.of(), List.of(), null, null);
        record.transitions.add(new PdcaTransition(null, PLAN, 1, by, at, "opened (" + origin + ")"));
        return record;
    }

    /**
     * Links a complaint. Detection does not bring back a complaint that staff unlinked; staff can.
     *
     * @return false when nothing changed (already linked, or unlinked before and this is not MANUAL)
     */
    public boolean link(String complaintNumber, LinkReason reason, String note, String by, Instant at) {
        requireNotClosed("link a complaint to");
        requireShort(note, "note");
        Optional<LinkedComplaint> known = entry(complaintNumber);
        if (known.isPresent() && (known.get().isLinked() || reason != LinkReason.MANUAL)) {
            return false;
        }
        known.ifPresent(complaints::remove);
        complaints.add(new LinkedComplaint(complaintNumber, reason, at, by, InputCheck.strip(note), null, null, null));
        return true;
    }

    /** @throws BusinessRuleViolationException naming {@code number} when the complaint is not linked here */
    public void unlink(String complaintNumber, String reason, String by, Instant at) {
        requireNotClosed("unlink a complaint from");
        requireShort(reason, "reason");
        LinkedComplaint linked = entry(complaintNumber).filter(LinkedComplaint::isLinked)
                .orElseThrow(() -> new BusinessRuleViolationException("Complaint " + complaintNumber
                        + " is not linked to problem " + number, List.of(new FieldViolation("number",
                        "is not linked to this problem record"))));
        complaints.set(complaints.indexOf(linked), linked.unlinked(InputCheck.strip(reason), by, at));
    }

    /**
     * Takes back a link detection wrote but could not complete, because the complaint went to another
     * record meanwhile: the entry never became true, so no history is kept of it.
     */
    public void retract(String complaintNumber) {
        entry(complaintNumber).filter(LinkedComplaint::isLinked).ifPresent(complaints::remove);
    }

    public boolean isLinked(String complaintNumber) {
        return entry(complaintNumber).map(LinkedComplaint::isLinked).orElse(false);
    }

    public List<String> linkedNumbers() {
        return complaints.stream().filter(LinkedComplaint::isLinked).map(LinkedComplaint::number).toList();
    }

    public void rescope(ProblemScope newScope) {
        requireStage("change the scope of", PLAN);
        this.scope = newScope == null ? ProblemScope.NONE : newScope;
    }

    public void analyse(RootCauseAnalysis newAnalysis) {
        requireStage("change the analysis of", PLAN);
        this.analysis = newAnalysis == null ? RootCauseAnalysis.NONE : newAnalysis;
    }

    public void plan(CorrectiveActionPlan newPlan) {
        requireStage("change the plan of", PLAN);
        this.plan = newPlan == null ? CorrectiveActionPlan.NONE : newPlan.keepingProgressOf(plan);
    }

    /**
     * Moves the cycle on: PLAN → DO → CHECK, ACT → CLOSED. CHECK ends with a {@linkplain #judge verdict}.
     *
     * @param effectiveFrom when the measures took effect (PLAN → DO only; null: now)
     */
    public void advance(String note, Instant effectiveFrom, String by, Instant at) {
        if (effectiveFrom != null && stage != PLAN) {
            throw new InvalidInputException("effectiveFrom", "is given only when the plan starts (PLAN to DO)");
        }
        requireShort(note, "note");
        switch (stage) {
            case PLAN -> {
                List<FieldViolation> missing = new ArrayList<>(analysis.missingToStart());
                missing.addAll(plan.missingToStart());
                if (!missing.isEmpty()) {
                    throw new BusinessRuleViolationException("The plan cannot start without a root cause and a"
                            + " complete corrective action plan", missing);
                }
                if (effectiveFrom != null && effectiveFrom.isAfter(at)) {
                    throw new InvalidInputException("effectiveFrom", "must not be in the future");
                }
                measuresEffectiveFrom = effectiveFrom == null ? at : effectiveFrom;
                move(DO, by, at, note == null ? "plan started; measures in effect from " + measuresEffectiveFrom
                        : note.strip());
            }
            case DO -> {
                List<FieldViolation> open = plan.unsettledMilestones();
                if (!open.isEmpty()) {
                    throw new BusinessRuleViolationException("Every milestone must be done or skipped before the"
                            + " check", open);
                }
                move(CHECK, by, at, note);
            }
            case CHECK -> throw new BusinessRuleViolationException("The check ends with the effectiveness verdict",
                    List.of(new FieldViolation("verdict", "record it on the effectiveness check")));
            case ACT -> {
                if (InputCheck.isBlank(note)) {
                    throw new BusinessRuleViolationException("Closing needs a note of what was standardised",
                            List.of(new FieldViolation("note", "say what was standardised")));
                }
                move(CLOSED, by, at, note.strip());
                closedAt = at;
                detectionKey = null;
            }
            case CLOSED -> throw new IllegalStateTransitionException("problem record", stage.name(), "advance");
        }
    }

    /** Back from DO to PLAN to revise the plan; the same cycle, the measures no longer in effect. */
    public void replan(String reason, String by, Instant at) {
        requireStage("replan", DO);
        requireShort(reason, "reason");
        if (InputCheck.isBlank(reason)) {
            throw new BusinessRuleViolationException("Replanning needs a reason",
                    List.of(new FieldViolation("reason", "is required")));
        }
        measuresEffectiveFrom = null;
        move(PLAN, by, at, reason.strip());
    }

    public void completeMilestone(int no, String note, String by, Instant at) {
        requireStage("complete a milestone of", DO);
        requireShort(note, "note");
        PlanMilestone milestone = plan.milestone(no);
        if (milestone.isSettled()) {
            throw new IllegalStateTransitionException("milestone", milestone.isDone() ? "DONE" : "SKIPPED",
                    "complete");
        }
        plan = plan.with(milestone.done(by, at, InputCheck.strip(note)));
    }

    public void skipMilestone(int no, String reason, String by, Instant at) {
        requireStage("skip a milestone of", DO);
        requireShort(reason, "reason");
        PlanMilestone milestone = plan.milestone(no);
        if (milestone.isSettled()) {
            throw new IllegalStateTransitionException("milestone", milestone.isDone() ? "DONE" : "SKIPPED", "skip");
        }
        if (InputCheck.isBlank(reason)) {
            throw new BusinessRuleViolationException("Skipping a milestone needs a reason",
                    List.of(new FieldViolation("reason", "is required")));
        }
        plan = plan.with(milestone.skipped(by, at, reason.strip()));
    }

    /** The windows an effectiveness check of this cycle compares (see {@link EffectivenessWindows}). */
    public EffectivenessWindows measurementWindows(Duration window, MeasurementWindow before,
                                                   MeasurementWindow after, Instant now) {
        requireStage("measure the effectiveness of", CHECK);
        if (scope.isEmpty()) {
            throw new BusinessRuleViolationException("Set the record's scope (type or product) to measure it",
                    List.of(new FieldViolation("scope", "is empty")));
        }
        return EffectivenessWindows.resolve(measuresEffectiveFrom, window, before, after, now);
    }

    public EffectivenessCheck measure(EffectivenessKpi kpi, Measurement before, Measurement after, String by,
                                      Instant at) {
        requireStage("measure the effectiveness of", CHECK);
        if (kpi == null) {
            throw new InvalidInputException("kpi", "is required");
        }
        EffectivenessCheck check = EffectivenessCheck.measured(cycle, kpi, before, after, by, at);
        checks.add(check);
        return check;
    }

    /** The verdict on this cycle's latest measurement: effective → ACT; not effective → PLAN, next cycle. */
    public void judge(Verdict verdict, String note, String by, Instant at) {
        requireStage("record a verdict on", CHECK);
        requireShort(note, "note");
        if (verdict == null) {
            throw new InvalidInputException("verdict", "is required: EFFECTIVE or NOT_EFFECTIVE");
        }
        int latest = checks.size() - 1;
        if (latest < 0 || checks.get(latest).cycle() != cycle) {
            throw new BusinessRuleViolationException("Measure the effectiveness before judging it",
                    List.of(new FieldViolation("effectivenessCheck", "no measurement in this cycle")));
        }
        checks.set(latest, checks.get(latest).judged(verdict, InputCheck.strip(note), by, at));
        if (verdict == Verdict.EFFECTIVE) {
            move(ACT, by, at, note == null ? "effective" : "effective: " + note.strip());
        } else {
            measuresEffectiveFrom = null;
            cycle++;
            move(PLAN, by, at, note == null ? "not effective" : "not effective: " + note.strip());
        }
    }

    public boolean isOpen() {
        return stage != CLOSED;
    }

    public List<LinkedComplaint> getComplaints() {
        return List.copyOf(complaints);
    }

    public List<PdcaTransition> getTransitions() {
        return List.copyOf(transitions);
    }

    public List<EffectivenessCheck> getChecks() {
        return List.copyOf(checks);
    }

    private Optional<LinkedComplaint> entry(String complaintNumber) {
        return complaints.stream().filter(c -> c.number().equals(complaintNumber)).findFirst();
    }

    private void move(PdcaStage to, String by, Instant at, String note) {
        transitions.add(new PdcaTransition(stage, to, cycle, by, at, InputCheck.strip(note)));
        stage = to;
    }

    private void requireStage(String command, PdcaStage allowed) {
        if (stage != allowed) {
            throw new IllegalStateTransitionException("problem record", stage.name(), command);
        }
    }

    private static void requireShort(String text, String field) {
        InputCheck.bounded(text, field, MAX_NOTE);
    }

    private void requireNotClosed(String command) {
        if (stage == CLOSED) {
            throw new IllegalStateTransitionException("problem record", stage.name(), command);
        }
    }
}
