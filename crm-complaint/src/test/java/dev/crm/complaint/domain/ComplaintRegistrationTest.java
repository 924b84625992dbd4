package dev.crm.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.complaint.api.Channel;
import dev.crm.complaint.api.ComplaintKind;
import dev.crm.complaint.api.ComplaintRegistration;
import dev.crm.complaint.api.ComplaintState;
import dev.crm.complaint.api.ContactForm;
import dev.crm.complaint.api.ImpactScope;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ComplaintRegistrationTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void aCompleteRegistrationStartsRegisteredWithItsFirstTransitionRecorded() {
        Complaint complaint = Complaint.register("C-2026-000001", registration(Channel.PHONE, null, null), "cust-1",
                null, "li.wei", NOW, Complaints.SLA);

        assertThat(complaint.getState()).isEqualTo(ComplaintState.REGISTERED);
        assertThat(complaint.getKind()).isEqualTo(ComplaintKind.COMPLAINT);
        assertThat(complaint.getReceivedAt()).isEqualTo(NOW);
        assertThat(complaint.getTransitions()).singleElement().satisfies(transition -> {
            assertThat(transition.from()).isNull();
            assertThat(transition.to()).isEqualTo(ComplaintState.REGISTERED);
            assertThat(transition.by()).isEqualTo("li.wei");
            assertThat(transition.at()).isEqualTo(NOW);
        });
    }

    @Test
    void theFormFollowsTheChannelWhenNotGiven() {
        assertThat(Complaint.register("n", registration(Channel.PHONE, null, null), null, null, "x", NOW, Complaints.SLA).getForm())
                .isEqualTo(ContactForm.ORAL);
        assertThat(Complaint.register("n", registration(Channel.LETTER, null, null), null, null, "x", NOW, Complaints.SLA).getForm())
                .isEqualTo(ContactForm.WRITTEN);
        assertThat(Complaint.register("n", registration(Channel.WECHAT, null, null), null, null, "x", NOW, Complaints.SLA).getForm())
                .isEqualTo(ContactForm.ELECTRONIC);
    }

    @Test
    void anEarlierReceiptIsKeptBecauseTheSlaClockStartsThere() {
        Instant yesterday = NOW.minus(Duration.ofDays(1));
        Complaint complaint = Complaint.register("n", registration(Channel.LETTER, yesterday, null), null, null, "x", NOW, Complaints.SLA);

        assertThat(complaint.getReceivedAt()).isEqualTo(yesterday);
        assertThat(complaint.getRegisteredAt()).isEqualTo(NOW);
    }

    @Test
    void everyMissingMandatoryFieldIsNamed() {
        ComplaintRegistration empty = new ComplaintRegistration(null, null, null, null, null, null, " ", null, null,
                null, null, null, null, null);

        assertThat(RegistrationPolicy.check(empty, NOW)).extracting(FieldViolation::field)
                .containsExactlyInAnyOrder("channel", "description", "customerDemand", "occurredAt", "impactScope",
                        "customerId");
        assertThatThrownBy(() -> Complaint.register("n", empty, null, null, "x", NOW, Complaints.SLA))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void receiptAndOccurrenceCannotBeInTheFutureOrOutOfOrder() {
        Instant later = NOW.plusSeconds(60);
        assertThat(RegistrationPolicy.check(registration(Channel.EMAIL, later, null), NOW))
                .extracting(FieldViolation::field).contains("receivedAt");
        ComplaintRegistration occurredAfterReceipt = registration(Channel.EMAIL, NOW.minusSeconds(3600),
                NOW.minusSeconds(60));
        assertThat(RegistrationPolicy.check(occurredAfterReceipt, NOW))
                .extracting(FieldViolation::message).contains("must not be after receivedAt");
    }

    private static ComplaintRegistration registration(Channel channel, Instant receivedAt, Instant occurredAt) {
        return new ComplaintRegistration(null, channel, null, receivedAt, null, "li.wei@example.com",
                "The kettle stopped heating after two days", "Replace the kettle", "A working kettle",
                occurredAt == null ? NOW.minus(Duration.ofDays(2)) : occurredAt, ImpactScope.SINGLE_CUSTOMER,
                "ORDER-1", "appliances", null);
    }
}
