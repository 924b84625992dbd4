package dev.crm.complaint.domain;

import static dev.crm.complaint.domain.Complaints.NOW;
import static dev.crm.complaint.domain.Complaints.SLA;
import static dev.crm.complaint.domain.Complaints.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.complaint.api.ComplaintState;
import dev.crm.complaint.api.ComplaintType;
import dev.crm.complaint.api.Grade;
import dev.crm.complaint.api.Milestone;
import dev.crm.complaint.api.ThirdPartyKind;
import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.IllegalStateTransitionException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ComplaintLifecycleTest {

    private static final Instant T1 = NOW.plus(Duration.ofHours(1));
    private static final Instant T2 = NOW.plus(Duration.ofHours(2));
    private static final Instant T3 = NOW.plus(Duration.ofHours(3));
    private static final Instant T4 = NOW.plus(Duration.ofHours(4));

    @Test
    void theFirstToAcceptBecomesTheOwnerAndStaysOwnerWhoeverHandlesIt() {
        Complaint complaint = aComplaint().registered();

        complaint.accept("li.wei", T1);
        complaint.assess(Grade.LEVEL_2, ComplaintType.PRODUCT_QUALITY, "replace", "li.wei", T2, SLA);
        complaint.assign(new Assignment(null, "quality", ThirdPartyKind.SUPPLIER, "Kettle Works Ltd"), "li.wei", T2);
        complaint.start("li.wei", T3);

        assertThat(complaint.getOwner()).isEqualTo("li.wei");
        assertThat(complaint.getState()).isEqualTo(ComplaintState.IN_PROGRESS);
        assertThat(complaint.getAssignment().thirdPartyKind()).isEqualTo(ThirdPartyKind.SUPPLIER);
        assertThat(complaint.getTransitions()).extracting(Transition::to).containsExactly(ComplaintState.REGISTERED,
                ComplaintState.ACCEPTED, ComplaintState.ASSESSED, ComplaintState.ASSESSED, ComplaintState.IN_PROGRESS);
    }

    @Test
    void theWholeLifeFromRegistrationToArchive() {
        Complaint complaint = inProgress();

        complaint.resolve("Replaced the kettle", "phone", "li.wei", T4, SLA);
        complaint.startFollowUp("li.wei", T4);
        complaint.close(new FollowUpOutcome(FollowUpOutcome.Result.SATISFIED, 1, null), 3, "li.wei", T4);
        complaint.archive("zhang.min", T4);

        assertThat(complaint.getState()).isEqualTo(ComplaintState.ARCHIVED);
        assertThat(complaint.getNextDueAt()).isNull();
        assertThat(complaint.getSla().milestones()).allSatisfy(clock -> assertThat(clock.isMet()).isTrue());
        assertThat(complaint.isBreached()).isFalse();
    }

    @Test
    void resolvingWithoutSolutionOrCustomerNotificationIsRejectedNamingBoth() {
        Complaint complaint = inProgress();

        assertThatThrownBy(() -> complaint.resolve(" ", null, "li.wei", T4, SLA))
                .isInstanceOf(BusinessRuleViolationException.class)
                .satisfies(e -> assertThat(((BusinessRuleViolationException) e).violations())
                        .extracting(FieldViolation::field).containsExactly("solution", "customerNotifiedVia"));
        assertThat(complaint.getState()).isEqualTo(ComplaintState.IN_PROGRESS);
    }

    @Test
    void closingNeedsAFollowUpOutcomeAndNoAnswerOnlyAfterEnoughAttempts() {
        Complaint complaint = inProgress();
        complaint.resolve("Replaced", "sms", "li.wei", T4, SLA);
        complaint.startFollowUp("li.wei", T4);

        assertThatThrownBy(() -> complaint.close(null, 3, "li.wei", T4))
                .isInstanceOf(BusinessRuleViolationException.class);
        assertThatThrownBy(() -> complaint.close(new FollowUpOutcome(FollowUpOutcome.Result.NO_ANSWER, 2, null), 3,
                "li.wei", T4)).isInstanceOf(BusinessRuleViolationException.class);
        complaint.close(new FollowUpOutcome(FollowUpOutcome.Result.NO_ANSWER, 3, "three calls"), 3, "li.wei", T4);
        assertThat(complaint.getState()).isEqualTo(ComplaintState.CLOSED);
    }

    @Test
    void illegalTransitionsAreRefusedAndChangeNothing() {
        Complaint complaint = aComplaint().registered();

        assertThatThrownBy(() -> complaint.resolve("x", "y", "li.wei", T1, SLA))
                .isInstanceOf(IllegalStateTransitionException.class);
        assertThatThrownBy(() -> complaint.archive("li.wei", T1)).isInstanceOf(IllegalStateTransitionException.class);
        assertThatThrownBy(() -> complaint.start("li.wei", T1)).isInstanceOf(IllegalStateTransitionException.class);
        assertThat(complaint.getState()).isEqualTo(ComplaintState.REGISTERED);
        assertThat(complaint.getTransitions()).hasSize(1);
    }

    @Test
    void handlingCannotStartWithoutAnAssignment() {
        Complaint complaint = aComplaint().registered();
        complaint.accept("li.wei", T1);
        complaint.assess(Grade.LEVEL_3, ComplaintType.SERVICE, null, "li.wei", T1, SLA);

        assertThatThrownBy(() -> complaint.start("li.wei", T2)).isInstanceOf(BusinessRuleViolationException.class);
        assertThatThrownBy(() -> complaint.assign(new Assignment(" ", null, null, null), "li.wei", T2))
                .isInstanceOf(BusinessRuleViolationException.class);
    }

    @Test
    void anUnsatisfiedCustomerReopensAndHandlingStartsAgain() {
        Complaint complaint = inProgress();
        complaint.resolve("Replaced", "phone", "li.wei", T4, SLA);

        complaint.reopen("still broken", "li.wei", T4);
        complaint.start("li.wei", T4);

        assertThat(complaint.getState()).isEqualTo(ComplaintState.IN_PROGRESS);
        assertThat(complaint.getTransitions().get(complaint.getTransitions().size() - 2).note())
                .isEqualTo("still broken");
    }

    @Test
    void ownershipChangesOnlyByHandoverWithAReason() {
        Complaint complaint = inProgress();

        assertThatThrownBy(() -> complaint.handOver("wang.fang", " ", "li.wei", T4))
                .isInstanceOf(BusinessRuleViolationException.class);
        complaint.handOver("wang.fang", "shift change", "li.wei", T4);

        assertThat(complaint.getOwner()).isEqualTo("wang.fang");
        assertThat(complaint.getTransitions().get(complaint.getTransitions().size() - 1).note())
                .contains("li.wei").contains("wang.fang").contains("shift change");
    }

    @Test
    void assessingRecomputesDeadlinesFromTheNewGradeAndKeepsTheHistory() {
        Complaint complaint = aComplaint().registered();
        complaint.accept("li.wei", T1);
        Instant ungradedResolution = complaint.getSla().clockOf(Milestone.RESOLUTION).orElseThrow().dueAt();

        complaint.assess(Grade.LEVEL_1, ComplaintType.PRODUCT_QUALITY, null, "li.wei", T2, SLA);

        assertThat(ungradedResolution).isEqualTo(NOW.plus(Duration.ofHours(72)));
        assertThat(complaint.getSla().clockOf(Milestone.RESOLUTION).orElseThrow().dueAt())
                .isEqualTo(NOW.plus(Duration.ofHours(48)));
        assertThat(complaint.getSla().history()).hasSize(2);
        assertThat(complaint.getSla().history().get(0).deadlines().get(Milestone.RESOLUTION))
                .isEqualTo(ungradedResolution);
    }

    @Test
    void holdingPausesTheClockOnlyWhenAPolicyAllowsIt() {
        Complaint complaint = inProgress();

        assertThatThrownBy(() -> complaint.hold("waiting for photos", "li.wei", T4))
                .isInstanceOf(BusinessRuleViolationException.class);
    }

    static Complaint inProgress() {
        Complaint complaint = aComplaint().registered();
        complaint.accept("li.wei", T1);
        complaint.assess(Grade.LEVEL_2, ComplaintType.PRODUCT_QUALITY, "replace", "li.wei", T2, SLA);
        complaint.assign(new Assignment("wang.fang", "after-sales", null, null), "li.wei", T2);
        complaint.start("li.wei", T3);
        return complaint;
    }
}
