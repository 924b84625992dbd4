package dev.crm.complaint.domain.problem;

import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.RecordNotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The corrective action plan of DOMAIN.md §1.8 (000 §6.2): goal, measures, responsible department,
 * milestones with due dates, expected result. It may be written bit by bit; {@link #missingToStart}
 * says what the DO stage needs.
 */
public record CorrectiveActionPlan(String goal, List<String> measures, String responsibleDepartment,
                                   List<PlanMilestone> milestones, String expectedResult) {

    static final int MAX_ENTRIES = 50;
    public static final CorrectiveActionPlan NONE = new CorrectiveActionPlan(null, List.of(), null, List.of(), null);

    /** A milestone as the planner writes it. */
    public record MilestoneDraft(String title, LocalDate dueOn) {
    }

    public CorrectiveActionPlan {
        measures = measures == null ? List.of() : List.copyOf(measures);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    /** @throws InvalidInputException naming each bad entry, e.g. {@code milestones[1].dueOn} */
    public static CorrectiveActionPlan of(String goal, List<String> measures, String responsibleDepartment,
                                          List<MilestoneDraft> milestones, String expectedResult) {
        List<FieldViolation> violations = new ArrayList<>();
        InputCheck.optional(goal, "goal", RootCauseAnalysis.MAX_TEXT, violations);
        InputCheck.optional(responsibleDepartment, "responsibleDepartment", 100, violations);
        InputCheck.optional(expectedResult, "expectedResult", RootCauseAnalysis.MAX_TEXT, violations);
        List<String> measureList = new ArrayList<>();
        if (measures != null) {
            InputCheck.atMost(measures, "measures", MAX_ENTRIES, violations);
            for (int i = 0; i < measures.size(); i++) {
                InputCheck.required(measures.get(i), "measures[" + i + "]", RootCauseAnalysis.MAX_TEXT, violations);
                measureList.add(InputCheck.strip(measures.get(i)));
            }
        }
        List<PlanMilestone> milestoneList = new ArrayList<>();
        if (milestones != null) {
            InputCheck.atMost(milestones, "milestones", MAX_ENTRIES, violations);
            for (int i = 0; i < milestones.size(); i++) {
                MilestoneDraft draft = milestones.get(i);
                String title = draft == null ? null : draft.title();
                InputCheck.required(title, "milestones[" + i + "].title", 500, violations);
                if (draft == null || draft.dueOn() == null) {
                    violations.add(new FieldViolation("milestones[" + i + "].dueOn", "is required"));
                }
                LocalDate dueOn = draft == null ? null : draft.dueOn();
                milestoneList.add(new PlanMilestone(i + 1, InputCheck.strip(title), dueOn, null, null, null, null,
                        null));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new CorrectiveActionPlan(InputCheck.strip(goal), measureList, InputCheck.strip(responsibleDepartment),
                milestoneList, InputCheck.strip(expectedResult));
    }

    List<FieldViolation> missingToStart() {
        List<FieldViolation> missing = new ArrayList<>();
        if (goal == null) {
            missing.add(new FieldViolation("goal", "is required before the plan starts"));
        }
        if (measures.isEmpty()) {
            missing.add(new FieldViolation("measures", "at least one measure is required before the plan starts"));
        }
        if (responsibleDepartment == null) {
            missing.add(new FieldViolation("responsibleDepartment", "is required before the plan starts"));
        }
        if (milestones.isEmpty()) {
            missing.add(new FieldViolation("milestones", "at least one milestone is required before the plan starts"));
        }
        if (expectedResult == null) {
            missing.add(new FieldViolation("expectedResult", "is required before the plan starts"));
        }
        return missing;
    }

    List<FieldViolation> unsettledMilestones() {
        List<FieldViolation> open = new ArrayList<>();
        for (PlanMilestone milestone : milestones) {
            if (!milestone.isSettled()) {
                open.add(new FieldViolation("milestones[" + (milestone.no() - 1) + "]",
                        "'" + milestone.title() + "' is neither done nor skipped"));
            }
        }
        return open;
    }

    /**
     * A revised plan (a new PDCA cycle) keeps what was already done: a milestone with the same title
     * and due date as one of the previous plan keeps its done or skipped state.
     */
    CorrectiveActionPlan keepingProgressOf(CorrectiveActionPlan previous) {
        List<PlanMilestone> kept = new ArrayList<>();
        for (PlanMilestone milestone : milestones) {
            kept.add(previous.milestones.stream().filter(old -> old.isSettled() && old.sameAs(milestone)).findFirst()
                    .map(old -> old.renumbered(milestone.no())).orElse(milestone));
        }
        return new CorrectiveActionPlan(goal, measures, responsibleDepartment, kept, expectedResult);
    }

    PlanMilestone milestone(int no) {
        if (no < 1 || no > milestones.size()) {
            throw new RecordNotFoundException("milestone", String.valueOf(no));
        }
        return milestones.get(no - 1);
    }

    CorrectiveActionPlan with(PlanMilestone changed) {
        List<PlanMilestone> list = new ArrayList<>(milestones);
        list.set(changed.no() - 1, changed);
        return new CorrectiveActionPlan(goal, measures, responsibleDepartment, list, expectedResult);
    }
}
