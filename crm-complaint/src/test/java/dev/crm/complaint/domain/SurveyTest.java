package dev.crm.complaint.domain;

import static dev.crm.complaint.domain.Complaints.NOW;
import static dev.crm.complaint.domain.Complaints.SLA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.complaint.api.Milestone;
import dev.crm.complaint.api.SurveyKind;
import dev.crm.complaint.api.SurveyStatus;
import dev.crm.core.api.IllegalStateTransitionException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SurveyTest {

    private static final Instant RESOLVED = NOW.plus(Duration.ofHours(5));
    private static final Instant EXPIRES = RESOLVED.plus(Duration.ofDays(14));
    private static final SurveyAnswer SATISFIED = new SurveyAnswer(5, 9, "Quick and friendly");

    @Test
    void aPostResolutionSurveyCarriesTheComplaintsFiguresAndIsDueByItsSurveyDeadline() {
        Complaint complaint = resolved();

        Survey survey = Survey.afterResolution(complaint, "email", "hash", RESOLVED, EXPIRES);

        assertThat(survey.getKind()).isEqualTo(SurveyKind.POST_RESOLUTION);
        assertThat(survey.getComplaintNumber()).isEqualTo(complaint.getNumber());
        assertThat(survey.getCustomerId()).isEqualTo("cust-1");
        assertThat(survey.getChannel()).isEqualTo("WEB_FORM");
        assertThat(survey.getDepartment()).isEqualTo("after-sales");
        assertThat(survey.getAgent()).isEqualTo("li.wei");
        assertThat(survey.getDueAt()).isEqualTo(RESOLVED.plus(Duration.ofHours(24)))
                .isEqualTo(complaint.getSla().clockOf(Milestone.SURVEY).orElseThrow().dueAt());
        assertThat(survey.getStatus()).isEqualTo(SurveyStatus.PENDING);
        assertThat(survey.getOrigin()).isEqualTo("complaint:" + complaint.getNumber() + ":" + RESOLVED.toEpochMilli());
    }

    @Test
    void aSurveyIsAnsweredOnceAndTheSecondAnswerIsRefused() {
        Survey survey = sent();

        survey.answer(SATISFIED, "LINK", null, RESOLVED.plus(Duration.ofHours(3)));

        assertThat(survey.getStatus()).isEqualTo(SurveyStatus.ANSWERED);
        assertThat(survey.getCsat()).isEqualTo(5);
        assertThat(survey.getNps()).isEqualTo(9);
        assertThat(survey.getComment()).isEqualTo("Quick and friendly");
        assertThat(survey.getAnsweredAt()).isEqualTo(RESOLVED.plus(Duration.ofHours(3)));
        assertThatThrownBy(() -> survey.answer(new SurveyAnswer(1, null, null), "LINK", null, RESOLVED.plusSeconds(1)))
                .isInstanceOf(IllegalStateTransitionException.class);
        assertThat(survey.getCsat()).isEqualTo(5);
    }

    @Test
    void pastItsValidityASurveyIsGoneEvenBeforeTheExpiryPassSawIt() {
        Survey survey = sent();

        assertThatThrownBy(() -> survey.answer(SATISFIED, "LINK", null, EXPIRES))
                .isInstanceOf(SurveyExpiredException.class);
        assertThat(survey.expire(EXPIRES.minusSeconds(1))).isFalse();
        assertThat(survey.expire(EXPIRES)).isTrue();
        assertThat(survey.getStatus()).isEqualTo(SurveyStatus.EXPIRED);
        assertThat(survey.expire(EXPIRES.plusSeconds(60))).isFalse();
        assertThatThrownBy(() -> survey.requireAnswerable(RESOLVED)).isInstanceOf(SurveyExpiredException.class);
    }

    @Test
    void anAnsweredSurveyNeverExpiresAndAWithdrawnOneCannotBeAnswered() {
        Survey answered = sent();
        answered.answer(SATISFIED, "LINK", null, RESOLVED.plusSeconds(60));
        Survey withdrawn = sent();

        assertThat(answered.expire(EXPIRES.plus(Duration.ofDays(1)))).isFalse();
        assertThat(withdrawn.withdraw(RESOLVED.plusSeconds(60))).isTrue();
        assertThatThrownBy(() -> withdrawn.answer(SATISFIED, "LINK", null, RESOLVED.plusSeconds(61)))
                .isInstanceOf(SurveyExpiredException.class);
    }

    @Test
    void aReturnVisitSurveyIsApproachedByTheFirstCallAndClosedWithoutAnswerAtTheEnd() {
        Survey survey = Survey.afterResolution(resolved(), Survey.RETURN_VISIT, null, RESOLVED, EXPIRES);
        ReturnVisit visit = ReturnVisit.forSurvey(survey, RESOLVED);

        survey.callUnanswered(RESOLVED.plus(Duration.ofHours(2)));
        int first = visit.unanswered("voicemail", "li.wei", 3, RESOLVED.plus(Duration.ofHours(2)));
        visit.unanswered(null, "li.wei", 3, RESOLVED.plus(Duration.ofHours(4)));
        int third = visit.unanswered(null, "li.wei", 3, RESOLVED.plus(Duration.ofHours(6)));
        survey.noAnswer(RESOLVED.plus(Duration.ofHours(6)));

        assertThat(survey.isReturnVisit()).isTrue();
        assertThat(survey.getSentAt()).isEqualTo(RESOLVED.plus(Duration.ofHours(2)));
        assertThat(first).isEqualTo(1);
        assertThat(third).isEqualTo(3);
        assertThat(visit.getStatus()).isEqualTo(ReturnVisit.Status.NO_ANSWER);
        assertThat(visit.getAssignee()).isEqualTo("li.wei");
        assertThat(survey.getStatus()).isEqualTo(SurveyStatus.NO_ANSWER);
        assertThatThrownBy(() -> visit.unanswered(null, "li.wei", 3, RESOLVED.plus(Duration.ofHours(8))))
                .isInstanceOf(IllegalStateTransitionException.class);
    }

    @Test
    void anonymisingASurveyDropsWhoAnsweredAndWhatTheyWroteAndKeepsTheScores() {
        Survey survey = sent();
        survey.answer(SATISFIED, "LINK", null, RESOLVED.plusSeconds(60));

        assertThat(survey.anonymise(RESOLVED.plus(Duration.ofDays(1200)))).isTrue();

        assertThat(survey.getCustomerId()).isNull();
        assertThat(survey.getComment()).isNull();
        assertThat(survey.getCsat()).isEqualTo(5);
        assertThat(survey.getNps()).isEqualTo(9);
        assertThat(survey.getChannel()).isEqualTo("WEB_FORM");
        assertThat(survey.anonymise(RESOLVED.plus(Duration.ofDays(1201)))).isFalse();
    }

    static Complaint resolved() {
        Complaint complaint = ComplaintLifecycleTest.inProgress();
        complaint.resolve("Replaced the kettle", "email", "li.wei", RESOLVED, SLA);
        return complaint;
    }

    private static Survey sent() {
        Survey survey = Survey.afterResolution(resolved(), "email", "hash", RESOLVED, EXPIRES);
        survey.sent(RESOLVED);
        return survey;
    }
}
