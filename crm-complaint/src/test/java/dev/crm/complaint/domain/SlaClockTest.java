package dev.crm.complaint.domain;

import static dev.crm.complaint.domain.Complaints.NOW;
import static dev.crm.complaint.domain.Complaints.SLA;
import static dev.crm.complaint.domain.Complaints.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.complaint.api.Channel;
import dev.crm.complaint.api.ComplaintState;
import dev.crm.complaint.api.ComplaintType;
import dev.crm.complaint.api.Grade;
import dev.crm.complaint.api.Milestone;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlaClockTest {

    @Test
    void overridesSetOnlyTheirMilestoneAndGradesTheRest() {
        SlaPolicyBook book = new SlaPolicyBook(DefaultSlaPolicies.all());

        Map<Milestone, SlaTarget> phoneLevel1 = book.targetsFor(new SlaSubject(Grade.LEVEL_1, ComplaintType.SERVICE,
                null, Channel.PHONE, null));

        assertThat(phoneLevel1.get(Milestone.FIRST_RESPONSE).target()).isEqualTo(Duration.ofMinutes(15));
        assertThat(phoneLevel1.get(Milestone.RESOLUTION).target()).isEqualTo(Duration.ofHours(48));
        assertThat(phoneLevel1.get(Milestone.ACCEPT).target()).isEqualTo(Duration.ofHours(24));
        assertThat(phoneLevel1.get(Milestone.SURVEY).target()).isEqualTo(Duration.ofHours(24));
        assertThat(phoneLevel1.get(Milestone.FIRST_RESPONSE).policyId()).isEqualTo("override-phone");
    }

    @Test
    void productCategoryOverridesMatchWhateverTheSpelling() {
        Map<Milestone, SlaTarget> targets = new SlaPolicyBook(DefaultSlaPolicies.all())
                .targetsFor(new SlaSubject(Grade.LEVEL_3, null, " Medical Devices", Channel.WEB_FORM, null));

        assertThat(targets.get(Milestone.FIRST_RESPONSE).target()).isEqualTo(Duration.ofHours(6));
        assertThat(targets.get(Milestone.RESOLUTION).target()).isEqualTo(Duration.ofHours(120));
    }

    @Test
    void inactivePoliciesAreIgnored() {
        Map<Milestone, SlaTarget> targets = new SlaPolicyBook(DefaultSlaPolicies.all())
                .targetsFor(new SlaSubject(Grade.LEVEL_1, null, null, Channel.WEB_FORM, null));

        assertThat(targets.get(Milestone.FIRST_RESPONSE).policyId()).isEqualTo("standard-level-1");
    }

    @Test
    void aWarningComesAtEightyPercentThenABreachThenEscalationTierByTier() {
        Complaint complaint = aComplaint().registered();
        // ACCEPT: 24 h target -> warning at 19.2 h, breach at 24 h, tier 2 at +24 h, tier 3 at +48 h.
        List<SlaEvent> events = new ArrayList<>();
        Instant warning = NOW.plus(Duration.ofMinutes(19 * 60 + 12));
        assertThat(complaint.getNextDueAt()).isEqualTo(warning);

        events.addAll(complaint.tick(warning, SLA));
        events.addAll(complaint.tick(NOW.plus(Duration.ofHours(24)), SLA));
        events.addAll(complaint.tick(NOW.plus(Duration.ofHours(48)), SLA));
        events.addAll(complaint.tick(NOW.plus(Duration.ofHours(72)), SLA));

        List<String> accept = events.stream().filter(e -> e.milestone() == Milestone.ACCEPT)
                .map(e -> e.kind() + "/" + e.tier()).toList();
        assertThat(accept).containsExactly("WARNING/0", "BREACH/1", "ESCALATION/2", "ESCALATION/3");
    }

    @Test
    void tickingTwiceAtTheSameTimeFindsNothingNew() {
        Complaint complaint = aComplaint().registered();
        Instant late = NOW.plus(Duration.ofHours(25));

        List<SlaEvent> first = complaint.tick(late, SLA);
        List<SlaEvent> second = complaint.tick(late, SLA);

        assertThat(first).extracting(SlaEvent::kind).contains(SlaEvent.Kind.BREACH);
        assertThat(second).isEmpty();
    }

    @Test
    void aBreachIsNeverResetEvenWhenTheMilestoneIsMetLaterOrReplanned() {
        Complaint complaint = aComplaint().registered();
        complaint.tick(NOW.plus(Duration.ofHours(25)), SLA);

        complaint.accept("li.wei", NOW.plus(Duration.ofHours(26)));
        complaint.assess(Grade.LEVEL_3, ComplaintType.SERVICE, null, "li.wei", NOW.plus(Duration.ofHours(27)), SLA);

        MilestoneClock accept = complaint.getSla().clockOf(Milestone.ACCEPT).orElseThrow();
        assertThat(accept.isBreached()).isTrue();
        assertThat(accept.isMet()).isTrue();
        assertThat(complaint.isBreached()).isTrue();
    }

    @Test
    void meetingAMilestoneLateRecordsTheBreachWithoutAScheduler() {
        Complaint complaint = aComplaint().registered();

        complaint.accept("li.wei", NOW.plus(Duration.ofHours(30)));

        assertThat(complaint.getSlaEvents()).extracting(SlaEvent::kind, SlaEvent::milestone)
                .contains(org.assertj.core.groups.Tuple.tuple(SlaEvent.Kind.BREACH, Milestone.ACCEPT));
    }

    @Test
    void aLateRegistrationBreachesTheRegisterTarget() {
        Instant received = NOW.minus(Duration.ofHours(30));
        Complaint complaint = aComplaint().via(Channel.LETTER).receivedAt(received).registered();

        assertThat(complaint.getSla().clockOf(Milestone.REGISTER).orElseThrow().isBreached()).isTrue();
        assertThat(complaint.getSla().clockOf(Milestone.ACCEPT).orElseThrow().dueAt())
                .isEqualTo(received.plus(Duration.ofHours(24)));
    }

    @Test
    void theSurveyClockStartsAtResolution() {
        Complaint complaint = ComplaintLifecycleTest.inProgress();
        assertThat(complaint.getSla().clockOf(Milestone.SURVEY).orElseThrow().dueAt()).isNull();
        Instant resolved = NOW.plus(Duration.ofHours(10));

        complaint.resolve("Replaced", "phone", "li.wei", resolved, SLA);

        assertThat(complaint.getSla().clockOf(Milestone.SURVEY).orElseThrow().dueAt())
                .isEqualTo(resolved.plus(Duration.ofHours(24)));
    }

    @Test
    void timeOnHoldIsAddedToPausableDeadlines() {
        SlaPolicy pausable = new SlaPolicy("pausable", "Pausable resolution", 1, "custom", true, SlaConditions.ANY,
                Map.of(Milestone.RESOLUTION, 600L), null, Set.of(ComplaintState.ON_HOLD), null);
        SlaSettings settings = new SlaSettings(new SlaPolicyBook(List.of(pausable)), 0.8, Duration.ofHours(24), null);
        Complaint complaint = Complaint.register("C-2026-000009", aComplaint().registration(), null, null, "li.wei",
                NOW, settings);
        complaint.accept("li.wei", NOW);
        complaint.assess(Grade.LEVEL_2, ComplaintType.SERVICE, null, "li.wei", NOW, settings);
        complaint.assign(new Assignment("li.wei", null, null, null), "li.wei", NOW);
        complaint.start("li.wei", NOW);
        Instant due = complaint.getSla().clockOf(Milestone.RESOLUTION).orElseThrow().dueAt();

        complaint.hold("waiting for the customer's photos", "li.wei", NOW.plus(Duration.ofHours(1)));
        assertThat(complaint.getNextDueAt()).isNull();
        complaint.resume("li.wei", NOW.plus(Duration.ofHours(4)));

        assertThat(complaint.getSla().clockOf(Milestone.RESOLUTION).orElseThrow().dueAt())
                .isEqualTo(due.plus(Duration.ofHours(3)));
        assertThat(complaint.getState()).isEqualTo(ComplaintState.IN_PROGRESS);
    }
}
