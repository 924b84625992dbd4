package dev.crm.complaint.domain;

import static dev.crm.complaint.domain.Complaints.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.complaint.api.ComplaintState;
import dev.crm.complaint.api.Milestone;
import dev.crm.core.api.IllegalStateTransitionException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How a survey answer or an unanswered return visit becomes the complaint's follow-up outcome. */
class ComplaintFollowUpTest {

    private static final Instant LATER = NOW.plus(Duration.ofHours(8));

    @Test
    void sendingTheSurveyMeetsTheSurveyTarget() {
        Complaint complaint = SurveyTest.resolved();

        complaint.surveySent("email", "system", LATER);

        assertThat(complaint.getSla().clockOf(Milestone.SURVEY).orElseThrow().metAt()).isEqualTo(LATER);
        assertThat(complaint.getState()).isEqualTo(ComplaintState.RESOLVED);
        assertThat(last(complaint).note()).isEqualTo("satisfaction survey sent via email");
    }

    @Test
    void aSatisfiedAnswerClosesAResolvedComplaintThroughFollowUp() {
        Complaint complaint = SurveyTest.resolved();

        SurveyEffect effect = complaint.takeSurveyAnswer("s-1", new SurveyAnswer(4, 8, null), 1, true, "customer",
                LATER);

        assertThat(effect).isEqualTo(SurveyEffect.CLOSED);
        assertThat(complaint.getState()).isEqualTo(ComplaintState.CLOSED);
        assertThat(complaint.getClosedAt()).isEqualTo(LATER);
        assertThat(complaint.getFollowUpOutcome().result()).isEqualTo(FollowUpOutcome.Result.SATISFIED);
        assertThat(complaint.getFollowUpOutcome().note()).isEqualTo("survey answered: CSAT 4/5, NPS 8");
        assertThat(complaint.getTransitions()).extracting(Transition::to).endsWith(ComplaintState.FOLLOW_UP,
                ComplaintState.CLOSED);
        assertThat(complaint.getSurveyScores()).singleElement()
                .satisfies(score -> assertThat(score.csat()).isEqualTo(4));
    }

    @Test
    void aNeutralAnswerClosesAsPartiallySatisfied() {
        Complaint complaint = SurveyTest.resolved();
        complaint.startFollowUp("li.wei", LATER);

        complaint.takeSurveyAnswer("s-1", new SurveyAnswer(3, null, null), 1, true, "customer", LATER);

        assertThat(complaint.getFollowUpOutcome().result()).isEqualTo(FollowUpOutcome.Result.PARTIALLY_SATISFIED);
    }

    @Test
    void aDissatisfiedAnswerReopensWhenPolicySaysSoElseClosesAsDissatisfied() {
        Complaint reopened = SurveyTest.resolved();
        Complaint closed = SurveyTest.resolved();

        SurveyEffect reopening = reopened.takeSurveyAnswer("s-1", new SurveyAnswer(2, 3, null), 1, true, "customer",
                LATER);
        SurveyEffect closing = closed.takeSurveyAnswer("s-2", new SurveyAnswer(1, null, null), 1, false, "customer",
                LATER);

        assertThat(reopening).isEqualTo(SurveyEffect.REOPENED);
        assertThat(reopened.getState()).isEqualTo(ComplaintState.REOPENED);
        assertThat(last(reopened).note()).isEqualTo("customer unsatisfied (survey)");
        assertThat(reopened.getSla().clockOf(Milestone.SURVEY).orElseThrow().isMet()).isTrue();
        assertThat(closing).isEqualTo(SurveyEffect.CLOSED);
        assertThat(closed.getFollowUpOutcome().result()).isEqualTo(FollowUpOutcome.Result.DISSATISFIED);
    }

    @Test
    void onAClosedComplaintADissatisfiedAnswerReopensAndASatisfiedOneIsOnlyRecorded() {
        Complaint dissatisfied = closedByStaff();
        Complaint satisfied = closedByStaff();

        assertThat(dissatisfied.takeSurveyAnswer("s-1", new SurveyAnswer(1, null, null), 1, true, "customer", LATER))
                .isEqualTo(SurveyEffect.REOPENED);
        assertThat(satisfied.takeSurveyAnswer("s-2", new SurveyAnswer(5, null, null), 1, true, "customer", LATER))
                .isEqualTo(SurveyEffect.RECORDED);

        assertThat(dissatisfied.getState()).isEqualTo(ComplaintState.REOPENED);
        assertThat(dissatisfied.getClosedAt()).isNull();
        assertThat(satisfied.getState()).isEqualTo(ComplaintState.CLOSED);
        assertThat(satisfied.getFollowUpOutcome().result()).isEqualTo(FollowUpOutcome.Result.SATISFIED);
        assertThat(satisfied.getSurveyScores()).hasSize(1);
    }

    @Test
    void anArchivedComplaintOnlyKeepsTheScoreAndTheSameSurveyIsTakenOnce() {
        Complaint complaint = closedByStaff();
        complaint.archive("zhang.min", LATER);

        SurveyEffect first = complaint.takeSurveyAnswer("s-1", new SurveyAnswer(1, null, null), 1, true, "customer",
                LATER);
        SurveyEffect again = complaint.takeSurveyAnswer("s-1", new SurveyAnswer(1, null, null), 1, true, "customer",
                LATER);

        assertThat(first).isEqualTo(SurveyEffect.RECORDED);
        assertThat(again).isEqualTo(SurveyEffect.ALREADY_TAKEN);
        assertThat(complaint.getState()).isEqualTo(ComplaintState.ARCHIVED);
        assertThat(complaint.getSurveyScores()).hasSize(1);
    }

    @Test
    void unansweredReturnVisitsStartTheFollowUpAndCloseAfterTheConfiguredAttempts() {
        Complaint complaint = SurveyTest.resolved();

        boolean afterOne = complaint.returnVisitUnanswered(1, 3, "li.wei", LATER);
        complaint.returnVisitUnanswered(2, 3, "li.wei", LATER.plusSeconds(60));
        boolean afterThree = complaint.returnVisitUnanswered(3, 3, "li.wei", LATER.plusSeconds(120));

        assertThat(afterOne).isFalse();
        assertThat(afterThree).isTrue();
        assertThat(complaint.getState()).isEqualTo(ComplaintState.CLOSED);
        assertThat(complaint.getFollowUpOutcome().result()).isEqualTo(FollowUpOutcome.Result.NO_ANSWER);
        assertThat(complaint.getFollowUpOutcome().attempts()).isEqualTo(3);
        assertThat(complaint.getSla().clockOf(Milestone.SURVEY).orElseThrow().metAt()).isEqualTo(LATER);
        assertThat(complaint.returnVisitUnanswered(4, 3, "li.wei", LATER.plusSeconds(180))).isFalse();
    }

    @Test
    void filingInTheArchiveGivesTheNumberOnceAndOnlyToArchivedComplaints() {
        Complaint complaint = closedByStaff();
        assertThatThrownBy(() -> complaint.fileInArchive("A-2026-000001", "zhang.min", LATER))
                .isInstanceOf(IllegalStateTransitionException.class);
        complaint.archive("zhang.min", LATER);

        complaint.fileInArchive("A-2026-000001", "zhang.min", LATER);

        assertThat(complaint.getArchiveNumber()).isEqualTo("A-2026-000001");
        assertThat(complaint.getArchivedAt()).isEqualTo(LATER);
        assertThatThrownBy(() -> complaint.fileInArchive("A-2026-000002", "zhang.min", LATER))
                .isInstanceOf(IllegalStateTransitionException.class);
        assertThat(complaint.getArchiveNumber()).isEqualTo("A-2026-000001");
    }

    static Complaint closedByStaff() {
        Complaint complaint = SurveyTest.resolved();
        complaint.startFollowUp("li.wei", LATER);
        complaint.close(new FollowUpOutcome(FollowUpOutcome.Result.SATISFIED, 1, "phoned"), 3, "li.wei", LATER);
        return complaint;
    }

    private static Transition last(Complaint complaint) {
        return complaint.getTransitions().get(complaint.getTransitions().size() - 1);
    }
}
