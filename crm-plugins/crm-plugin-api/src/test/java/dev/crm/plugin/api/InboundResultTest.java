package dev.crm.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InboundResultTest {

    private static final Instant AT = Instant.parse("2026-11-22T08:00:00Z");

    private static InboundMessage message(String id) {
        return new InboundMessage("sms", id, null, new Sender(Sender.Kind.PHONE, "+8613812345678", null), null,
                "kettle broken", AT, null, null);
    }

    @Test
    void anEmptyResultCarriesNothingAndNoReply() {
        InboundResult empty = InboundResult.empty();

        assertThat(empty.messages()).isEmpty();
        assertThat(empty.receipts()).isEmpty();
        assertThat(empty.optionalReply()).isEmpty();
    }

    @Test
    void theMessagesAreCopiedSoTheChannelCannotChangeThemAfterwards() {
        List<InboundMessage> messages = new ArrayList<>(List.of(message("m-1")));
        InboundResult result = InboundResult.of(messages);

        messages.add(message("m-2"));

        assertThat(result.messages()).extracting(InboundMessage::externalMessageId).containsExactly("m-1");
    }

    @Test
    void aReplyCanBeAddedToMessages() {
        InboundResult result = InboundResult.of(List.of(message("m-1"))).withReply(InboundReply.text("success"));

        assertThat(result.messages()).hasSize(1);
        assertThat(result.reply().status()).isEqualTo(200);
        assertThat(new String(result.reply().body(), StandardCharsets.UTF_8)).isEqualTo("success");
        assertThat(result.reply().contentType()).startsWith("text/plain");
    }

    @Test
    void aReplyMustBeASuccessAndABodyNeedsAContentType() {
        assertThatIllegalArgumentException().isThrownBy(() -> new InboundReply(401, null, null))
                .withMessageContaining("401");
        assertThatIllegalArgumentException().isThrownBy(() -> new InboundReply(200, " ", new byte[] {1}))
                .withMessageContaining("content type");
        assertThat(new InboundReply(204, null, null).body()).isEmpty();
    }

    @Test
    void aReplyBodyIsCopiedBothWays() {
        byte[] bytes = "<xml/>".getBytes(StandardCharsets.UTF_8);
        InboundReply reply = new InboundReply(200, "application/xml", bytes);

        bytes[0] = 'X';
        reply.body()[1] = 'Y';

        assertThat(new String(reply.body(), StandardCharsets.UTF_8)).isEqualTo("<xml/>");
        assertThat(reply).isEqualTo(new InboundReply(200, "application/xml", "<xml/>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aReceiptNeedsTheProviderIdAnOutcomeAndATime() {
        DeliveryReceipt receipt = new DeliveryReceipt("gw-42", DeliveryReceipt.Outcome.DELIVERED, AT, " ");

        assertThat(receipt.detail()).isNull();
        assertThat(InboundResult.receipts(List.of(receipt)).receipts()).containsExactly(receipt);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DeliveryReceipt(" ", DeliveryReceipt.Outcome.FAILED, AT, null));
        assertThatNullPointerException().isThrownBy(() -> new DeliveryReceipt("gw-42", null, AT, null));
        assertThatNullPointerException()
                .isThrownBy(() -> new DeliveryReceipt("gw-42", DeliveryReceipt.Outcome.FAILED, null, null));
    }
}
