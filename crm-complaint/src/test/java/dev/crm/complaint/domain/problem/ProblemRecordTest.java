package dev.crm.complaint.domain.problem;

import static dev.crm.complaint.domain.problem.Problems.LATER;
import static dev.crm.complaint.domain.problem.Problems.NOW;
import static dev.crm.complaint.domain.problem.Problems.aProblem;
import static dev.crm.complaint.domain.problem.Problems.analysis;
import static dev.crm.complaint.domain.problem.Problems.checking;
import static dev.crm.complaint.domain.problem.Problems.doing;
import static dev.crm.complaint.domain.problem.Problems.measured;
import static dev.crm.complaint.domain.problem.Problems.plan;
import static dev.crm.complaint.domain.problem.Problems.planned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.IllegalStateTransitionException;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.RecordNotFoundException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemRecordTest {

    @Test
    void aNewRecordStartsInPlanOfTheFirstCycle() {
        ProblemRecord record = aProblem();

        assertThat(record.getStage()).isEqualTo(PdcaStage.PLAN);
        assertThat(record.getCycle()).isEqualTo(1);
        assertThat(record.getTransitions()).extracting(PdcaTransition::to).containsExactly(PdcaStage.PLAN);
    }

    @Test
    void thePlanCannotStartWithoutARootCauseAndACompletePlanNamingEachMissingPart() {
        ProblemRecord record = aProblem();

        assertThatThrownBy(() -> record.advance(null, null, "zhang.min", NOW))
                .isInstanceOf(BusinessRuleViolationException.class)
                .extracting(e -> ((BusinessRuleViolationException) e).violations().stream()
                        .map(FieldViolation::field).toList())
                .isEqualTo(List.of("rootCause", "whys", "goal", "measures", "responsibleDepartment", "milestones",
                        "expectedResult"));
        assertThat(record.getStage()).isEqualTo(PdcaStage.PLAN);
    }

    @Test
    void aRootCauseNeedsAWhysChainOrAFishboneCauseBehindIt() {
        ProblemRecord record = aProblem();
        record.analyse(RootCauseAnalysis.of(List.of(), List.of(), "A hunch", null));
        record.plan(plan());

        assertThatThrownBy(() -> record.advance(null, null, "zhang.min", NOW))
                .isInstanceOfSatisfying(BusinessRuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("whys"));
    }

    @Test
    void startingThePlanRecordsWhenTheMeasuresTookEffect() {
        ProblemRecord now = planned();
        now.advance(null, null, "zhang.min", NOW);
        ProblemRecord afterTheFact = planned();
        afterTheFact.advance(null, NOW.minus(Duration.ofDays(10)), "zhang.min", NOW);

        assertThat(now.getStage()).isEqualTo(PdcaStage.DO);
        assertThat(now.getMeasuresEffectiveFrom()).isEqualTo(NOW);
        assertThat(afterTheFact.getMeasuresEffectiveFrom()).isEqualTo(NOW.minus(Duration.ofDays(10)));
        ProblemRecord future = planned();
        assertThatThrownBy(() -> future.advance(null, NOW.plusSeconds(1), "zhang.min", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("effectiveFrom"));
    }

    @Test
    void theCheckWaitsUntilEveryMilestoneIsDoneOrSkipped() {
        ProblemRecord record = doing();
        record.completeMilestone(1, "signed", "zhang.min", NOW);

        assertThatThrownBy(() -> record.advance(null, null, "zhang.min", NOW))
                .isInstanceOfSatisfying(BusinessRuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("milestones[1]"));

        record.skipMilestone(2, "Supplier inspects at source instead", "zhang.min", NOW);
        record.advance(null, null, "zhang.min", NOW);

        assertThat(record.getStage()).isEqualTo(PdcaStage.CHECK);
        assertThat(record.getPlan().milestones()).extracting(PlanMilestone::isDone).containsExactly(true, false);
        assertThat(record.getPlan().milestones().get(1).note()).isEqualTo("Supplier inspects at source instead");
    }

    @Test
    void skippingAMilestoneNeedsAReasonAndASettledOneCannotBeSettledAgain() {
        ProblemRecord record = doing();

        assertThatThrownBy(() -> record.skipMilestone(1, " ", "zhang.min", NOW))
                .isInstanceOf(BusinessRuleViolationException.class);
        record.completeMilestone(1, null, "zhang.min", NOW);
        assertThatThrownBy(() -> record.completeMilestone(1, null, "zhang.min", NOW))
                .isInstanceOf(IllegalStateTransitionException.class);
        assertThatThrownBy(() -> record.completeMilestone(3, null, "zhang.min", NOW))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void analysisPlanAndScopeAreFrozenOnceThePlanRuns() {
        ProblemRecord record = doing();

        assertThatThrownBy(() -> record.analyse(analysis())).isInstanceOf(IllegalStateTransitionException.class);
        assertThatThrownBy(() -> record.plan(plan())).isInstanceOf(IllegalStateTransitionException.class);
        assertThatThrownBy(() -> record.rescope(ProblemScope.NONE)).isInstanceOf(IllegalStateTransitionException.class);
        assertThatThrownBy(() -> aProblem().completeMilestone(1, null, "x", NOW))
                .isInstanceOf(IllegalStateTransitionException.class);
    }

    @Test
    void replanningGoesBackFromDoToPlanWithAReason() {
        ProblemRecord record = doing();

        assertThatThrownBy(() -> record.replan("", "zhang.min", NOW))
                .isInstanceOf(BusinessRuleViolationException.class);
        record.replan("The supplier refuses", "zhang.min", LATER);

        assertThat(record.getStage()).isEqualTo(PdcaStage.PLAN);
        assertThat(record.getMeasuresEffectiveFrom()).isNull();
        assertThat(record.getTransitions().get(record.getTransitions().size() - 1))
                .isEqualTo(new PdcaTransition(PdcaStage.DO, PdcaStage.PLAN, 1, "zhang.min", LATER,
                        "The supplier refuses"));
    }

    @Test
    void theCheckEndsOnlyWithAVerdictOnAMeasurementOfThisCycle() {
        ProblemRecord record = checking();

        assertThatThrownBy(() -> record.advance(null, null, "zhang.min", NOW))
                .isInstanceOfSatisfying(BusinessRuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("verdict"));
        assertThatThrownBy(() -> record.judge(Verdict.EFFECTIVE, null, "zhang.min", NOW))
                .isInstanceOfSatisfying(BusinessRuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("effectivenessCheck"));
        assertThat(record.getStage()).isEqualTo(PdcaStage.CHECK);
    }

    @Test
    void anEffectivePlanMovesToActAndClosesWithWhatWasStandardisedFreeingTheDetectionKey() {
        ProblemRecord record = measured();

        record.judge(Verdict.EFFECTIVE, "75 % fewer", "zhang.min", LATER);
        assertThat(record.getStage()).isEqualTo(PdcaStage.ACT);
        assertThatThrownBy(() -> record.advance(null, null, "zhang.min", LATER))
                .isInstanceOfSatisfying(BusinessRuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("note"));
        record.advance("Incoming inspection is in the quality manual", null, "zhang.min", LATER);

        assertThat(record.getStage()).isEqualTo(PdcaStage.CLOSED);
        assertThat(record.getClosedAt()).isEqualTo(LATER);
        assertThat(record.getDetectionKey()).isNull();
        assertThat(record.getChecks().get(0).verdict()).isEqualTo(Verdict.EFFECTIVE);
        assertThat(record.getTransitions()).extracting(PdcaTransition::to).containsExactly(PdcaStage.PLAN,
                PdcaStage.DO, PdcaStage.CHECK, PdcaStage.ACT, PdcaStage.CLOSED);
        assertThatThrownBy(() -> record.advance("again", null, "zhang.min", LATER))
                .isInstanceOf(IllegalStateTransitionException.class);
        assertThatThrownBy(() -> record.link("C-2026-000009", LinkReason.MANUAL, null, "li.wei", LATER))
                .isInstanceOf(IllegalStateTransitionException.class);
    }

    @Test
    void anIneffectivePlanGoesBackToPlanInTheNextCycleKeepingWhatWasDone() {
        ProblemRecord record = measured();

        record.judge(Verdict.NOT_EFFECTIVE, "Still 3 a month", "zhang.min", LATER);

        assertThat(record.getStage()).isEqualTo(PdcaStage.PLAN);
        assertThat(record.getCycle()).isEqualTo(2);
        assertThat(record.getMeasuresEffectiveFrom()).isNull();
        assertThat(record.getTransitions().get(record.getTransitions().size() - 1).cycle()).isEqualTo(2);
        record.plan(CorrectiveActionPlan.of("No thermostat failures", List.of("New supplier"), "quality",
                List.of(new CorrectiveActionPlan.MilestoneDraft("Supplier agreement",
                                plan().milestones().get(0).dueOn()),
                        new CorrectiveActionPlan.MilestoneDraft("Second source", plan().milestones().get(1).dueOn())),
                "Under 1 a month"));
        assertThat(record.getPlan().milestones()).extracting(PlanMilestone::isDone).containsExactly(true, false);
        assertThatThrownBy(() -> record.judge(Verdict.EFFECTIVE, null, "zhang.min", LATER))
                .isInstanceOf(IllegalStateTransitionException.class);
    }

    @Test
    void detectionNeverBringsBackAComplaintStaffUnlinkedButStaffCan() {
        ProblemRecord record = aProblem();

        assertThat(record.link("C-2026-000001", LinkReason.BATCH, null, "system", NOW)).isTrue();
        assertThat(record.link("C-2026-000001", LinkReason.BATCH, null, "system", NOW)).isFalse();
        record.unlink("C-2026-000001", "Different fault", "li.wei", NOW);
        assertThat(record.link("C-2026-000001", LinkReason.BATCH, null, "system", LATER)).isFalse();
        assertThat(record.isLinked("C-2026-000001")).isFalse();
        assertThat(record.getComplaints().get(0).unlinkReason()).isEqualTo("Different fault");

        assertThat(record.link("C-2026-000001", LinkReason.MANUAL, "It is the same fault after all", "zhang.min",
                LATER)).isTrue();
        assertThat(record.linkedNumbers()).containsExactly("C-2026-000001");
        assertThatThrownBy(() -> record.unlink("C-2026-000404", null, "li.wei", LATER))
                .isInstanceOfSatisfying(BusinessRuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("number"));
    }

    @Test
    void openingNeedsATitle() {
        assertThatThrownBy(() -> ProblemRecord.open("P-1", ProblemOrigin.MANUAL, " ", null, null, null, "x", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("title"));
    }
}
