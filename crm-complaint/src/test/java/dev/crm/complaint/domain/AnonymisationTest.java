package dev.crm.complaint.domain;

import static dev.crm.complaint.domain.Complaints.NOW;
import static dev.crm.complaint.domain.Complaints.SLA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.complaint.api.AttachmentRef;
import dev.crm.complaint.api.Channel;
import dev.crm.complaint.api.ComplaintRegistration;
import dev.crm.complaint.api.ComplaintState;
import dev.crm.complaint.api.ComplaintType;
import dev.crm.complaint.api.Grade;
import dev.crm.complaint.api.ImpactScope;
import dev.crm.core.api.IllegalStateTransitionException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnonymisationTest {

    private static final Instant YEARS_LATER = NOW.plus(Duration.ofDays(4 * 365));

    @Test
    void anonymisingRemovesThePersonalDataAndKeepsTheStatistics() {
        Complaint complaint = closedWithEverything();
        int transitions = complaint.getTransitions().size();

        assertThat(complaint.anonymise("retention of service records (P3Y) ended", YEARS_LATER)).isTrue();

        assertThat(complaint.getCustomerId()).isNull();
        assertThat(complaint.getContactHint()).isNull();
        assertThat(complaint.getDescription()).isEqualTo("[anonymised]");
        assertThat(complaint.getCustomerDemand()).isEqualTo("[anonymised]");
        assertThat(complaint.getProductReference()).isNull();
        assertThat(complaint.getThreadId()).isNull();
        assertThat(complaint.getSolution()).isEqualTo("[anonymised]");
        assertThat(complaint.getAttachments()).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("[anonymised]");
            assertThat(a.storageReference()).isNull();
            assertThat(a.sizeBytes()).isEqualTo(2048);
        });
        assertThat(complaint.getMessages()).allSatisfy(m -> {
            assertThat(m.text()).isEqualTo("[anonymised]");
            assertThat(m.author()).isNull();
        });
        assertThat(complaint.getGoodwill()).singleElement().satisfies(g -> {
            assertThat(g.description()).isEqualTo("[anonymised]");
            assertThat(g.amount().value()).isEqualByComparingTo("30");
        });
        assertThat(complaint.getTransitions()).hasSize(transitions + 1)
                .allSatisfy(t -> assertThat(t.note()).satisfiesAnyOf(
                        note -> assertThat(note).isEqualTo("[anonymised]"),
                        note -> assertThat(note).startsWith("personal data anonymised: retention")));
        // What statistics need stays.
        assertThat(complaint.getChannel()).isEqualTo(Channel.EMAIL);
        assertThat(complaint.getType()).isEqualTo(ComplaintType.PRODUCT_QUALITY);
        assertThat(complaint.getGrade()).isEqualTo(Grade.LEVEL_2);
        assertThat(complaint.getAssignment().department()).isEqualTo("after-sales");
        assertThat(complaint.getReceivedAt()).isEqualTo(NOW);
        assertThat(complaint.getSla().milestones()).isNotEmpty();
        assertThat(complaint.getSurveyScores()).singleElement().satisfies(s -> assertThat(s.csat()).isEqualTo(5));
        assertThat(complaint.getFollowUpOutcome().result()).isEqualTo(FollowUpOutcome.Result.SATISFIED);
        assertThat(complaint.getFollowUpOutcome().note()).isNull();
        assertThat(complaint.getAnonymisedAt()).isEqualTo(YEARS_LATER);
        assertThat(complaint.anonymise("again", YEARS_LATER.plusSeconds(1))).isFalse();
    }

    @Test
    void anAnonymisedComplaintCannotBeTakenUpAgain() {
        Complaint complaint = closedWithEverything();
        complaint.anonymise("retention", YEARS_LATER);

        assertThatThrownBy(() -> complaint.reopen("customer called", "li.wei", YEARS_LATER))
                .isInstanceOf(IllegalStateTransitionException.class).hasMessageContaining("anonymised");
        assertThatThrownBy(() -> complaint.grantGoodwill(Goodwill.offer("late", Goodwill.Kind.GIFT, null, null, null,
                "Tea", "li.wei", YEARS_LATER))).isInstanceOf(IllegalStateTransitionException.class);
        assertThat(complaint.getState()).isEqualTo(ComplaintState.CLOSED);
    }

    @Test
    void anOpenComplaintIsNeverAnonymised() {
        Complaint open = ComplaintLifecycleTest.inProgress();

        assertThatThrownBy(() -> open.anonymise("retention", YEARS_LATER))
                .isInstanceOf(IllegalStateTransitionException.class);
        assertThat(open.getDescription()).isNotEqualTo("[anonymised]");
    }

    private static Complaint closedWithEverything() {
        ComplaintRegistration registration = new ComplaintRegistration(null, Channel.EMAIL, null, NOW, null,
                "li.wei@example.com", "The kettle from order 4711 stopped heating", "Replace the kettle",
                "A working kettle", NOW.minus(Duration.ofDays(2)), ImpactScope.SINGLE_CUSTOMER, "ORDER-4711", null,
                List.of(new AttachmentRef("li-wei-receipt.jpg", "image/jpeg", 2048, "store://receipts/li-wei")));
        Complaint complaint = Complaint.register("C-2026-000009", registration, "cust-9",
                new Complaint.ChannelOrigin("<thread-li@example.com>", "email:m-1"), "channel:email", NOW, SLA);
        complaint.receiveMessage("email", "m-2", "li.wei@example.com", "My phone is 13800000000", NOW.plusSeconds(60));
        complaint.accept("wang.fang", NOW.plusSeconds(120));
        complaint.assess(Grade.LEVEL_2, ComplaintType.PRODUCT_QUALITY, "Replace for Ms Li", "wang.fang",
                NOW.plusSeconds(180), SLA);
        complaint.assign(new Assignment("wang.fang", "after-sales", null, null), "wang.fang", NOW.plusSeconds(200));
        complaint.start("wang.fang", NOW.plusSeconds(240));
        complaint.resolve("New kettle sent to Ms Li", "email", "wang.fang", NOW.plusSeconds(300), SLA);
        complaint.grantGoodwill(Goodwill.offer("k", Goodwill.Kind.COMPENSATION,
                new Goodwill.Amount(new BigDecimal("30"), "CNY"), null, null, "for Ms Li's trouble", "wang.fang",
                NOW.plusSeconds(310)));
        complaint.takeSurveyAnswer("s-1", new SurveyAnswer(5, 10, "Thank you, Wang Fang"), 1, true, "customer",
                NOW.plusSeconds(400));
        assertThat(complaint.getState()).isEqualTo(ComplaintState.CLOSED);
        return complaint;
    }
}
