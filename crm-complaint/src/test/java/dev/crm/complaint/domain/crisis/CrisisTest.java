package dev.crm.complaint.domain.crisis;

import static dev.crm.complaint.domain.crisis.Crises.DECLARED;
import static dev.crm.complaint.domain.crisis.Crises.DETECTED;
import static dev.crm.complaint.domain.crisis.Crises.aCrisis;
import static dev.crm.complaint.domain.crisis.Crises.postMortem;
import static dev.crm.complaint.domain.crisis.Crises.productRecall;
import static dev.crm.complaint.domain.crisis.Crises.repaired;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.IllegalStateTransitionException;
import dev.crm.core.api.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrisisTest {

    private static final Instant DUE = DETECTED.plus(Duration.ofMinutes(3));

    @Test
    void aFirstCommunicationExactlyAtThreeMinutesIsWithinTarget() {
        Crisis crisis = aCrisis();

        crisis.communicate("wechat", Audience.CUSTOMERS, "We are investigating", "zhang.min", DUE);
        crisis.communicate("press", Audience.MEDIA, "Statement", "zhang.min", DUE.plusSeconds(30));

        assertThat(crisis.getFirstCommunicationDueAt()).isEqualTo(DUE);
        assertThat(crisis.getFirstCommunicationAt()).isEqualTo(DUE);
        assertThat(crisis.firstCommunicationWithinTarget(DUE.plus(Duration.ofHours(1)))).isTrue();
        assertThat(crisis.getCommunications()).hasSize(2);
    }

    @Test
    void aFirstCommunicationOneSecondLateMissesTheTarget() {
        Crisis crisis = aCrisis();

        crisis.communicate("wechat", Audience.CUSTOMERS, "We are investigating", "zhang.min", DUE.plusSeconds(1));

        assertThat(crisis.firstCommunicationWithinTarget(DUE.plusSeconds(1))).isFalse();
    }

    @Test
    void withoutCommunicationTheRuleIsUndecidedUntilTheTargetPassesThenMissed() {
        Crisis crisis = aCrisis();

        assertThat(crisis.firstCommunicationWithinTarget(DUE)).isNull();
        assertThat(crisis.firstCommunicationWithinTarget(DUE.plusMillis(1))).isFalse();
    }

    @Test
    void theWatchFlagsAMissedTargetOnceAndNotAtTheBoundary() {
        Crisis crisis = aCrisis();

        assertThat(crisis.flagCommunicationOverdue(DUE)).isFalse();
        assertThat(crisis.getCommunicationWatchAt()).isEqualTo(DUE);
        assertThat(crisis.flagCommunicationOverdue(DUE.plusSeconds(1))).isTrue();
        assertThat(crisis.flagCommunicationOverdue(DUE.plusSeconds(2))).isFalse();
        assertThat(crisis.getCommunicationOverdueAt()).isEqualTo(DUE.plusSeconds(1));
        assertThat(crisis.getCommunicationWatchAt()).isNull();
    }

    @Test
    void aCrisisCommunicatedInTimeIsNeverFlagged() {
        Crisis crisis = aCrisis();
        crisis.communicate("sms", Audience.CUSTOMERS, "We are on it", "zhang.min", DUE.minusSeconds(10));

        assertThat(crisis.flagCommunicationOverdue(DUE.plus(Duration.ofHours(1)))).isFalse();
        assertThat(crisis.getCommunicationWatchAt()).isNull();
    }

    @Test
    void theLevelComesFromSeverityScopeAndCustomerEmotion() {
        assertThat(CrisisLevel.of(Severity.MODERATE, CrisisScope.LOCAL, CustomerEmotion.DISSATISFIED))
                .isEqualTo(CrisisLevel.MAJOR);
        assertThat(CrisisLevel.of(Severity.HIGH, CrisisScope.LOCAL, CustomerEmotion.ANGRY))
                .isEqualTo(CrisisLevel.SEVERE);
        assertThat(CrisisLevel.of(Severity.EXTREME, CrisisScope.LOCAL, CustomerEmotion.DISSATISFIED))
                .isEqualTo(CrisisLevel.SEVERE);
        assertThat(CrisisLevel.of(Severity.HIGH, CrisisScope.NATIONWIDE, CustomerEmotion.ANGRY))
                .isEqualTo(CrisisLevel.CRITICAL);
        assertThat(aCrisis().getLevel()).isEqualTo(CrisisLevel.CRITICAL);
    }

    @Test
    void reassessingKeepsTheHistoryAndMovesTheLevel() {
        Crisis crisis = aCrisis();

        crisis.reassess(Severity.MODERATE, CrisisScope.LOCAL, CustomerEmotion.DISSATISFIED, "zhang.min", DUE);

        assertThat(crisis.getLevel()).isEqualTo(CrisisLevel.MAJOR);
        assertThat(crisis.getAssessments()).extracting(CrisisAssessment::level)
                .containsExactly(CrisisLevel.CRITICAL, CrisisLevel.MAJOR);
    }

    @Test
    void theStagesRunRepairOptimiseRebuildClosedInOrderRecordingEachStep() {
        Crisis crisis = aCrisis();

        assertThatThrownBy(() -> crisis.advance(null, "zhang.min", DUE))
                .isInstanceOfSatisfying(BusinessRuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("communications"));
        crisis.communicate("wechat", Audience.PUBLIC, "Statement", "zhang.min", DUE);
        crisis.advance("Sales stopped", "zhang.min", DUE.plus(Duration.ofHours(1)));
        assertThat(crisis.getStage()).isEqualTo(RecoveryStage.OPTIMISE);
        assertThat(crisis.isPostCrisisSurveyRequested()).isFalse();
        crisis.advance(null, "zhang.min", DUE.plus(Duration.ofDays(1)));
        assertThat(crisis.getStage()).isEqualTo(RecoveryStage.REBUILD);
        assertThat(crisis.isPostCrisisSurveyRequested()).isTrue();
        assertThat(crisis.getPostCrisisSurveyRequestedAt()).isEqualTo(DUE.plus(Duration.ofDays(1)));

        assertThatThrownBy(() -> crisis.advance(null, "zhang.min", DUE.plus(Duration.ofDays(2))))
                .isInstanceOfSatisfying(BusinessRuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("postMortem"));
        crisis.writePostMortem(postMortem());
        crisis.advance(null, "zhang.min", DUE.plus(Duration.ofDays(3)));

        assertThat(crisis.getStage()).isEqualTo(RecoveryStage.CLOSED);
        assertThat(crisis.getStageTransitions()).extracting(StageTransition::to).containsExactly(RecoveryStage.REPAIR,
                RecoveryStage.OPTIMISE, RecoveryStage.REBUILD, RecoveryStage.CLOSED);
        assertThat(crisis.getStageTransitions().get(1).note()).isEqualTo("Sales stopped");
        assertThatThrownBy(() -> crisis.advance(null, "zhang.min", DUE.plus(Duration.ofDays(4))))
                .isInstanceOf(IllegalStateTransitionException.class);
        assertThatThrownBy(() -> crisis.communicate("x", Audience.STAFF, "y", "zhang.min", DUE))
                .isInstanceOf(IllegalStateTransitionException.class);
    }

    @Test
    void thePostMortemIsWrittenAfterRepairAndNeedsAllFourParts() {
        assertThatThrownBy(() -> aCrisis().writePostMortem(postMortem()))
                .isInstanceOf(IllegalStateTransitionException.class);
        assertThatThrownBy(() -> PostMortem.of(" ", List.of(), null, List.of("x"), "zhang.min", DUE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("summary", "causes", "lessons"));
        Crisis crisis = repaired();
        crisis.writePostMortem(postMortem());
        assertThat(crisis.getPostMortem().lessons()).containsExactly("Inspect incoming parts");
    }

    @Test
    void aPlaybookBecomesAChecklistDueFromDetectionThatMustBeWorkedBeforeClosing() {
        Crisis crisis = repaired();
        crisis.applyPlaybook(productRecall(), "zhang.min", DUE);

        assertThat(crisis.getChecklist()).extracting(ChecklistStep::dueAt).containsExactly(DUE,
                DETECTED.plus(Duration.ofMinutes(30)), DETECTED.plus(Duration.ofHours(4)));
        crisis.completeStep(1, "Posted", "li.wei", DUE);
        assertThatThrownBy(() -> crisis.completeStep(1, null, "li.wei", DUE))
                .isInstanceOf(IllegalStateTransitionException.class);
        assertThatThrownBy(() -> crisis.applyPlaybook(productRecall(), "zhang.min", DUE))
                .isInstanceOf(BusinessRuleViolationException.class);
        crisis.advance(null, "zhang.min", DUE);
        crisis.writePostMortem(postMortem());

        assertThatThrownBy(() -> crisis.advance(null, "zhang.min", DUE))
                .isInstanceOfSatisfying(BusinessRuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("checklist[1]", "checklist[2]"));
        crisis.completeStep(2, null, "li.wei", DUE);
        assertThatThrownBy(() -> crisis.skipStep(3, null, "li.wei", DUE))
                .isInstanceOf(BusinessRuleViolationException.class);
        crisis.skipStep(3, "Customers were reached by SMS instead", "li.wei", DUE);
        crisis.advance(null, "zhang.min", DUE);

        assertThat(crisis.getStage()).isEqualTo(RecoveryStage.CLOSED);
        assertThat(crisis.getChecklist().get(0).doneBy()).isEqualTo("li.wei");
    }

    @Test
    void aPlaybookForAnotherCrisisTypeIsRefused() {
        CrisisPlaybook brand = CrisisPlaybook.write("Social media storm", CrisisType.BRAND, null,
                List.of(new PlaybookStep("Statement", "spokesperson", 3)), "zhang.min", DECLARED);

        assertThatThrownBy(() -> aCrisis().applyPlaybook(brand, "zhang.min", DUE))
                .isInstanceOfSatisfying(BusinessRuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("playbookId"));
    }

    @Test
    void aDeclarationNamesEveryMissingFieldAndRefusesADetectionInTheFuture() {
        CrisisDeclaration empty = new CrisisDeclaration(null, null, null, null, null, null, null);
        CrisisDeclaration future = new CrisisDeclaration("t", null, CrisisType.SERVICE, Severity.HIGH,
                CrisisScope.LOCAL, CustomerEmotion.ANGRY, DECLARED.plusSeconds(1));

        assertThat(empty.violations(DECLARED)).extracting(FieldViolation::field)
                .containsExactly("title", "type", "severity", "scope", "customerEmotion", "detectedAt");
        assertThat(future.violations(DECLARED)).extracting(FieldViolation::field).containsExactly("detectedAt");
    }

    @Test
    void playbookStepsAreCheckedByPosition() {
        assertThatThrownBy(() -> CrisisPlaybook.write("x", CrisisType.SERVICE, null, List.of(
                        new PlaybookStep("Statement", "spokesperson", 3), new PlaybookStep("", null, -1)),
                "zhang.min", DECLARED))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("steps[1].title",
                                "steps[1].responsibleRole", "steps[1].targetMinutes"));
        assertThatThrownBy(() -> CrisisPlaybook.write(" ", null, null, List.of(), "zhang.min", DECLARED))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("name", "crisisType", "steps"));
    }
}
