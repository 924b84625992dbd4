package dev.crm.app.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.complaint.api.Channel;
import dev.crm.complaint.api.ComplaintIntake;
import dev.crm.complaint.api.InboundComplaintMessage;
import dev.crm.complaint.api.IntakeResult;
import dev.crm.complaint.application.ComplaintRegistry;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The intake channel plugins will call: new complaints, replies appended, redeliveries ignored. */
class ChannelIntakeTest extends ApiIntegrationTest {

    @Autowired
    ComplaintIntake intake;

    @Autowired
    ComplaintRegistry registry;

    @Test
    void aNewMessageRegistersAComplaintAndARedeliveryRegistersNothing() {
        InboundComplaintMessage message = message(UUID.randomUUID().toString(), null, List.of());

        IntakeResult first = intake.receive(message);
        IntakeResult again = intake.receive(message);

        assertThat(first.outcome()).isEqualTo(IntakeResult.Outcome.REGISTERED);
        assertThat(again.outcome()).isEqualTo(IntakeResult.Outcome.DUPLICATE);
        assertThat(registry.get(first.complaintNumber()).getRegisteredBy()).isEqualTo("channel:email");
        assertThat(registry.get(first.complaintNumber()).getContactHint()).isEqualTo("wu.hao@example.com");
    }

    @Test
    void aReplyReferencingTheNumberOrTheThreadIsAppendedOnce() {
        String thread = "thread-" + UUID.randomUUID();
        String number = intake.receive(message(UUID.randomUUID().toString(), thread, List.of())).complaintNumber();

        IntakeResult byNumber = intake.receive(message("reply-1-" + thread, null, List.of(number)));
        IntakeResult byThread = intake.receive(message("reply-2-" + thread, thread, List.of()));
        IntakeResult redelivered = intake.receive(message("reply-2-" + thread, thread, List.of()));

        assertThat(byNumber).isEqualTo(new IntakeResult(IntakeResult.Outcome.APPENDED, number));
        assertThat(byThread).isEqualTo(new IntakeResult(IntakeResult.Outcome.APPENDED, number));
        assertThat(redelivered.outcome()).isEqualTo(IntakeResult.Outcome.DUPLICATE);
        assertThat(registry.get(number).getMessages()).hasSize(2);
    }

    private static InboundComplaintMessage message(String id, String thread, List<String> references) {
        return new InboundComplaintMessage(Channel.EMAIL, "email", id, thread, "wu.hao@example.com",
                "Broken kettle", "It stopped heating.", Instant.now().minusSeconds(60), references, List.of());
    }
}
