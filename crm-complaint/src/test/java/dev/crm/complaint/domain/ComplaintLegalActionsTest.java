package dev.crm.complaint.domain;

import static dev.crm.complaint.api.ComplaintAction.ACCEPT;
import static dev.crm.complaint.api.ComplaintAction.ARCHIVE;
import static dev.crm.complaint.api.ComplaintAction.ASSESS;
import static dev.crm.complaint.api.ComplaintAction.ASSIGN;
import static dev.crm.complaint.api.ComplaintAction.CLOSE;
import static dev.crm.complaint.api.ComplaintAction.FOLLOW_UP;
import static dev.crm.complaint.api.ComplaintAction.HOLD;
import static dev.crm.complaint.api.ComplaintAction.REOPEN;
import static dev.crm.complaint.api.ComplaintAction.RESOLVE;
import static dev.crm.complaint.api.ComplaintAction.RESUME;
import static dev.crm.complaint.api.ComplaintAction.START;
import static dev.crm.complaint.domain.Complaints.NOW;
import static dev.crm.complaint.domain.Complaints.SLA;
import static dev.crm.complaint.domain.Complaints.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.complaint.api.ComplaintAction;
import dev.crm.complaint.api.ComplaintState;
import dev.crm.complaint.api.ComplaintType;
import dev.crm.complaint.api.Grade;
import dev.crm.core.api.IllegalStateTransitionException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** What the console offers is exactly what the commands accept, state by state (DOMAIN.md §1.4). */
class ComplaintLegalActionsTest {

    private static final Instant LATER = NOW.plus(Duration.ofHours(1));

    /** Each state of the standard path, built fresh for every attempt. */
    private static final Map<ComplaintState, Supplier<Complaint>> PATH = Map.of(
            ComplaintState.REGISTERED, () -> aComplaint().registered(),
            ComplaintState.ACCEPTED, ComplaintLegalActionsTest::accepted,
            ComplaintState.ASSESSED, ComplaintLegalActionsTest::assigned,
            ComplaintState.IN_PROGRESS, ComplaintLegalActionsTest::inProgress,
            ComplaintState.RESOLVED, ComplaintLegalActionsTest::resolved,
            ComplaintState.FOLLOW_UP, ComplaintLegalActionsTest::followUp,
            ComplaintState.CLOSED, ComplaintLegalActionsTest::closed,
            ComplaintState.REOPENED, ComplaintLegalActionsTest::reopened,
            ComplaintState.ARCHIVED, ComplaintLegalActionsTest::archived);

    @Test
    void eachStateOffersTheCommandsOfTheLifecycle() {
        assertThat(aComplaint().registered().legalActions()).containsExactly(ACCEPT);
        assertThat(accepted().legalActions()).containsExactly(ASSESS);
        assertThat(assessed().legalActions()).containsExactly(ASSESS, ASSIGN);
        assertThat(assigned().legalActions()).containsExactly(ASSESS, ASSIGN, START);
        assertThat(inProgress().legalActions()).containsExactly(ASSESS, ASSIGN, RESOLVE);
        assertThat(resolved().legalActions()).containsExactly(FOLLOW_UP, REOPEN);
        assertThat(followUp().legalActions()).containsExactly(CLOSE, REOPEN);
        assertThat(closed().legalActions()).containsExactly(REOPEN, ARCHIVE);
        assertThat(reopened().legalActions()).containsExactly(ASSESS, ASSIGN, START);
        assertThat(archived().legalActions()).isEmpty();
    }

    @Test
    void whatIsNotOfferedIsRefusedAndWhatIsOfferedIsAccepted() {
        PATH.forEach((state, complaint) -> {
            Set<ComplaintAction> offered = complaint.get().legalActions();
            for (ComplaintAction action : ComplaintAction.values()) {
                if (offered.contains(action)) {
                    assertThatCode(() -> run(action, complaint.get())).as("%s in %s", action, state)
                            .doesNotThrowAnyException();
                } else if (action != HOLD) {
                    assertThatThrownBy(() -> run(action, complaint.get())).as("%s in %s", action, state)
                            .isInstanceOf(IllegalStateTransitionException.class);
                }
            }
        });
    }

    @Test
    void handlingIsOfferedToStartOnlyOnceSomeoneIsAssigned() {
        Complaint complaint = assessed();

        assertThat(complaint.legalActions()).doesNotContain(START);
        assertThatThrownBy(() -> complaint.start("li.wei", LATER))
                .isInstanceOf(dev.crm.core.api.BusinessRuleViolationException.class);
        complaint.assign(new Assignment(null, "quality", null, null), "li.wei", LATER);
        assertThat(complaint.legalActions()).contains(START);
    }

    @Test
    void holdIsOfferedOnlyInProgressAndOnlyWhereThePolicyLetsTheClockPause() {
        Complaint complaint = inProgress();

        assertThat(complaint.legalActions()).doesNotContain(HOLD);
        assertThatThrownBy(() -> complaint.hold("waiting for the customer", "li.wei", LATER))
                .isInstanceOf(dev.crm.core.api.BusinessRuleViolationException.class);
        assertThat(EnumSet.allOf(ComplaintState.class)).allSatisfy(state -> {
            if (PATH.containsKey(state) && state != ComplaintState.IN_PROGRESS) {
                assertThat(PATH.get(state).get().legalActions()).doesNotContain(HOLD, RESUME);
            }
        });
    }

    private static void run(ComplaintAction action, Complaint complaint) {
        switch (action) {
            case ACCEPT -> complaint.accept("li.wei", LATER);
            case ASSESS -> complaint.assess(Grade.LEVEL_2, ComplaintType.SERVICE, null, "li.wei", LATER, SLA);
            case ASSIGN -> complaint.assign(new Assignment("li.wei", null, null, null), "li.wei", LATER);
            case START -> complaint.start("li.wei", LATER);
            case HOLD -> complaint.hold("waiting", "li.wei", LATER);
            case RESUME -> complaint.resume("li.wei", LATER);
            case RESOLVE -> complaint.resolve("Replaced", "phone", "li.wei", LATER, SLA);
            case FOLLOW_UP -> complaint.startFollowUp("li.wei", LATER);
            case CLOSE -> complaint.close(new FollowUpOutcome(FollowUpOutcome.Result.SATISFIED, 1, null), 3, "li.wei",
                    LATER);
            case REOPEN -> complaint.reopen("not satisfied", "li.wei", LATER);
            case ARCHIVE -> complaint.archive("zhang.min", LATER);
        }
    }

    private static Complaint accepted() {
        Complaint complaint = aComplaint().registered();
        complaint.accept("li.wei", NOW);
        return complaint;
    }

    private static Complaint assessed() {
        Complaint complaint = accepted();
        complaint.assess(Grade.LEVEL_2, ComplaintType.SERVICE, null, "li.wei", NOW, SLA);
        return complaint;
    }

    private static Complaint assigned() {
        Complaint complaint = assessed();
        complaint.assign(new Assignment("li.wei", null, null, null), "li.wei", NOW);
        return complaint;
    }

    private static Complaint inProgress() {
        Complaint complaint = assigned();
        complaint.start("li.wei", NOW);
        return complaint;
    }

    private static Complaint resolved() {
        Complaint complaint = inProgress();
        complaint.resolve("Replaced", "phone", "li.wei", NOW, SLA);
        return complaint;
    }

    private static Complaint followUp() {
        Complaint complaint = resolved();
        complaint.startFollowUp("li.wei", NOW);
        return complaint;
    }

    private static Complaint closed() {
        Complaint complaint = followUp();
        complaint.close(new FollowUpOutcome(FollowUpOutcome.Result.SATISFIED, 1, null), 3, "li.wei", NOW);
        return complaint;
    }

    private static Complaint reopened() {
        Complaint complaint = closed();
        complaint.reopen("not satisfied", "li.wei", NOW);
        return complaint;
    }

    private static Complaint archived() {
        Complaint complaint = closed();
        complaint.archive("zhang.min", NOW);
        return complaint;
    }
}
