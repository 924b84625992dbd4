package dev.crm.channel.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crm.plugin.api.Attachment;
import dev.crm.plugin.api.InboundMessage;
import dev.crm.plugin.api.InboundRejectedException;
import dev.crm.plugin.api.InboundRejectedException.Reason;
import dev.crm.plugin.api.InboundRequest;
import dev.crm.plugin.api.InboundResult;
import dev.crm.plugin.api.Sender;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookChannelReceiveTest {

    private static final String SECRET = "whsec-inbound-91ab";
    private static final long NOW = TestContext.NOW.getEpochSecond();
    private static final String MESSAGE = """
            {"id":"evt-1","from":{"kind":"EMAIL","address":"li.wei@example.com","name":"Li Wei"},
             "subject":"Kettle again","text":"Still broken, see C-2026-000100 and C-2026-000123",
             "threadId":"thr-9","complaintNumber":"C-2026-000123","receivedAt":"2026-11-22T07:59:00Z",
             "attachments":[{"fileName":"kettle.jpg","contentType":"image/jpeg","sizeBytes":48213,
                             "url":"https://files.example/kettle.jpg"}],
             "unknownField":{"ignored":true}}
            """;

    private final WebhookChannel channel = new WebhookChannel();
    private final TestContext context = TestContext.of(Map.of("inbound-secret", SECRET));

    private static InboundRequest request(Map<String, String> headers, String body) {
        Map<String, List<String>> multi = new HashMap<>();
        headers.forEach((name, value) -> multi.put(name, List.of(value)));
        return new InboundRequest("POST", "/api/v1/channels/webhook/inbound", multi, Map.of(),
                body.getBytes(StandardCharsets.UTF_8), "198.51.100.4");
    }

    private static InboundRequest signed(String id, long timestamp, String body) {
        String ts = Long.toString(timestamp);
        return request(Map.of("Webhook-Id", id, "Webhook-Timestamp", ts, "Webhook-Signature",
                LocalReceiver.signature(SECRET, id, ts, body.getBytes(StandardCharsets.UTF_8))), body);
    }

    private static InboundRequest signed(String body) {
        return signed("wh-" + body.hashCode(), NOW, body);
    }

    private InboundRejectedException rejection(InboundRequest request) {
        return rejection(request, context);
    }

    private InboundRejectedException rejection(InboundRequest request, TestContext context) {
        return catchThrowableOfType(() -> channel.receive(request, context), InboundRejectedException.class);
    }

    @Test
    void aSignedMessageBecomesAnInboundMessageWithEveryField() throws InboundRejectedException {
        InboundResult result = channel.receive(signed(MESSAGE), context);

        assertThat(result.reply()).isNull();
        assertThat(result.receipts()).isEmpty();
        assertThat(result.messages()).singleElement().satisfies(message -> {
            assertThat(message.channelId()).isEqualTo("webhook");
            assertThat(message.externalMessageId()).isEqualTo("evt-1");
            assertThat(message.sender()).isEqualTo(new Sender(Sender.Kind.EMAIL, "li.wei@example.com", "Li Wei"));
            assertThat(message.subject()).isEqualTo("Kettle again");
            assertThat(message.text()).isEqualTo("Still broken, see C-2026-000100 and C-2026-000123");
            assertThat(message.threadId()).isEqualTo("thr-9");
            assertThat(message.references()).containsExactly("C-2026-000123", "C-2026-000100");
            assertThat(message.receivedAt()).isEqualTo(Instant.parse("2026-11-22T07:59:00Z"));
            assertThat(message.attachments()).containsExactly(
                    new Attachment("kettle.jpg", "image/jpeg", 48213, "https://files.example/kettle.jpg"));
        });
    }

    @Test
    void anArrayBecomesSeveralMessagesInOrder() throws InboundRejectedException {
        List<InboundMessage> messages = channel.receive(signed("""
                [{"id":"a","from":{"kind":"PHONE","address":"+8613812345678"},"text":"one"},
                 {"id":"b","from":{"kind":"openid","address":"oX9-abc"},"subject":"two"},
                 {"id":"c","from":{"kind":"EXTERNAL_ID","address":"visitor-5"},
                  "attachments":[{"fileName":"receipt.pdf"}]}]
                """), context).messages();

        assertThat(messages).extracting(InboundMessage::externalMessageId).containsExactly("a", "b", "c");
        assertThat(messages).extracting(message -> message.sender().kind())
                .containsExactly(Sender.Kind.PHONE, Sender.Kind.OPENID, Sender.Kind.EXTERNAL_ID);
        assertThat(messages).allSatisfy(message -> assertThat(message.receivedAt()).isEqualTo(TestContext.NOW));
        assertThat(messages.get(2).attachments()).containsExactly(new Attachment("receipt.pdf", null, 0, null));
    }

    @Test
    void aForgedSignatureIsUnauthentic() {
        String ts = Long.toString(NOW);
        InboundRequest forged = request(Map.of("Webhook-Id", "evt-1", "Webhook-Timestamp", ts, "Webhook-Signature",
                LocalReceiver.signature("guess", "evt-1", ts, MESSAGE.getBytes(StandardCharsets.UTF_8))), MESSAGE);

        assertThat(rejection(forged).reason()).isEqualTo(Reason.UNAUTHENTIC);
    }

    @Test
    void aSignatureForAnotherIdOrBodyIsUnauthentic() {
        String ts = Long.toString(NOW);
        String signature = LocalReceiver.signature(SECRET, "evt-1", ts, MESSAGE.getBytes(StandardCharsets.UTF_8));

        assertThat(rejection(request(Map.of("Webhook-Id", "evt-2", "Webhook-Timestamp", ts,
                "Webhook-Signature", signature), MESSAGE)).reason()).isEqualTo(Reason.UNAUTHENTIC);
        assertThat(rejection(request(Map.of("Webhook-Id", "evt-1", "Webhook-Timestamp", ts,
                "Webhook-Signature", signature), MESSAGE.replace("Li Wei", "Mallory"))).reason())
                .isEqualTo(Reason.UNAUTHENTIC);
    }

    @Test
    void oneMatchingSignatureAmongSeveralIsEnoughWhileSecretsRotate() throws InboundRejectedException {
        String ts = Long.toString(NOW);
        byte[] body = MESSAGE.getBytes(StandardCharsets.UTF_8);
        String both = LocalReceiver.signature("old-secret", "evt-1", ts, body) + " v2=abc "
                + LocalReceiver.signature(SECRET, "evt-1", ts, body);

        assertThat(channel.receive(request(Map.of("Webhook-Id", "evt-1", "Webhook-Timestamp", ts,
                "Webhook-Signature", both), MESSAGE), context).messages()).hasSize(1);
    }

    @Test
    void aTimestampOutsideTheToleranceIsUnauthentic() throws InboundRejectedException {
        assertThat(rejection(signed("old", NOW - 301, MESSAGE)).reason()).isEqualTo(Reason.UNAUTHENTIC);
        assertThat(rejection(signed("future", NOW + 301, MESSAGE)).reason()).isEqualTo(Reason.UNAUTHENTIC);
        assertThat(rejection(signed("absurd", Long.MAX_VALUE, MESSAGE)).reason()).isEqualTo(Reason.UNAUTHENTIC);
        assertThat(channel.receive(signed("edge", NOW - 300, MESSAGE), context).messages()).hasSize(1);
    }

    @Test
    void theToleranceIsASetting() {
        TestContext strict = TestContext.of(Map.of("inbound-secret", SECRET, "tolerance-seconds", "60"));

        assertThat(rejection(signed("evt-61", NOW - 61, MESSAGE), strict).reason()).isEqualTo(Reason.UNAUTHENTIC);
        assertThat(rejection(signed("evt-x", NOW, MESSAGE),
                TestContext.of(Map.of("inbound-secret", SECRET, "tolerance-seconds", "-5"))).reason())
                .isEqualTo(Reason.UNAUTHENTIC);
    }

    @Test
    void theSameValidRequestTwiceIsAReplay() throws InboundRejectedException {
        InboundRequest request = signed("wh-7", NOW, MESSAGE);

        assertThat(channel.receive(request, context).messages()).hasSize(1);
        InboundRejectedException second = rejection(request);

        assertThat(second.reason()).isEqualTo(Reason.UNAUTHENTIC);
        assertThat(second.getMessage()).contains("replayed");
    }

    @Test
    void aReSignedRequestWithTheSameIdIsAReplayUntilTheWindowCloses() throws InboundRejectedException {
        channel.receive(signed("wh-8", NOW, MESSAGE), context);
        context.clock().set(TestContext.NOW.plusSeconds(120));

        assertThat(rejection(signed("wh-8", NOW + 120, MESSAGE)).reason()).isEqualTo(Reason.UNAUTHENTIC);

        context.clock().set(TestContext.NOW.plusSeconds(301));
        assertThat(channel.receive(signed("wh-8", NOW + 301, MESSAGE), context).messages()).hasSize(1);
    }

    @Test
    void aForgedRequestDoesNotBlockTheGenuineOneWithItsId() throws InboundRejectedException {
        String ts = Long.toString(NOW);
        InboundRequest forged = request(Map.of("Webhook-Id", "wh-9", "Webhook-Timestamp", ts,
                "Webhook-Signature", "v1=" + "0".repeat(64)), MESSAGE);

        assertThat(rejection(forged).reason()).isEqualTo(Reason.UNAUTHENTIC);
        assertThat(channel.receive(signed("wh-9", NOW, MESSAGE), context).messages()).hasSize(1);
    }

    @Test
    void eachChannelInstanceHasItsOwnReplayWindow() throws InboundRejectedException {
        InboundRequest request = signed("wh-10", NOW, MESSAGE);
        TestContext other = new TestContext("webhook-partner", Map.of("inbound-secret", SECRET),
                new TestContext.MovableClock(TestContext.NOW));

        assertThat(channel.receive(request, context).messages()).hasSize(1);
        assertThat(channel.receive(request, other).messages()).singleElement()
                .satisfies(message -> assertThat(message.channelId()).isEqualTo("webhook-partner"));
    }

    @Test
    void missingHeadersOrSecretAreUnauthentic() {
        String ts = Long.toString(NOW);
        String signature = LocalReceiver.signature(SECRET, "evt-1", ts, MESSAGE.getBytes(StandardCharsets.UTF_8));

        assertThat(rejection(request(Map.of("Webhook-Timestamp", ts, "Webhook-Signature", signature), MESSAGE)).reason())
                .isEqualTo(Reason.UNAUTHENTIC);
        assertThat(rejection(request(Map.of("Webhook-Id", "evt-1", "Webhook-Signature", signature), MESSAGE)).reason())
                .isEqualTo(Reason.UNAUTHENTIC);
        assertThat(rejection(request(Map.of("Webhook-Id", "evt-1", "Webhook-Timestamp", ts), MESSAGE)).reason())
                .isEqualTo(Reason.UNAUTHENTIC);
        assertThat(rejection(request(Map.of("Webhook-Id", "evt-1", "Webhook-Timestamp", "noon",
                "Webhook-Signature", signature), MESSAGE)).reason()).isEqualTo(Reason.UNAUTHENTIC);
        assertThat(rejection(signed(MESSAGE), TestContext.of(Map.of())).reason()).isEqualTo(Reason.UNAUTHENTIC);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"id\":\"a\",\"from\":",
            "<xml/>",
            "42",
            "[\"a\"]",
            "{\"from\":{\"kind\":\"EMAIL\",\"address\":\"a@example.com\"},\"text\":\"hi\"}",
            "{\"id\":\"a\",\"text\":\"hi\"}",
            "{\"id\":\"a\",\"from\":\"a@example.com\",\"text\":\"hi\"}",
            "{\"id\":\"a\",\"from\":{\"kind\":\"FAX\",\"address\":\"+861012345678\"},\"text\":\"hi\"}",
            "{\"id\":\"a\",\"from\":{\"address\":\"a@example.com\"},\"text\":\"hi\"}",
            "{\"id\":\"a\",\"from\":{\"kind\":\"EMAIL\"},\"text\":\"hi\"}",
            "{\"id\":\"a\",\"from\":{\"kind\":\"EMAIL\",\"address\":\"a@example.com\"}}",
            "{\"id\":\"a\",\"from\":{\"kind\":\"EMAIL\",\"address\":\"a@example.com\"},\"text\":[\"hi\"]}",
            "{\"id\":\"a\",\"from\":{\"kind\":\"EMAIL\",\"address\":\"a@example.com\"},\"text\":\"hi\",\"receivedAt\":\"now\"}",
            "{\"id\":\"a\",\"from\":{\"kind\":\"EMAIL\",\"address\":\"a@example.com\"},\"text\":\"hi\",\"complaintNumber\":\"123\"}",
            "{\"id\":\"a\",\"from\":{\"kind\":\"EMAIL\",\"address\":\"a@example.com\"},\"attachments\":{}}",
            "{\"id\":\"a\",\"from\":{\"kind\":\"EMAIL\",\"address\":\"a@example.com\"},\"attachments\":[{\"url\":\"x\"}]}",
            "{\"id\":\"a\",\"from\":{\"kind\":\"EMAIL\",\"address\":\"a@example.com\"},\"attachments\":[{\"fileName\":\"f\",\"sizeBytes\":-1}]}",
            "{\"id\":\"a\",\"from\":{\"kind\":\"EMAIL\",\"address\":\"a@example.com\"},\"attachments\":[{\"fileName\":\"f\",\"sizeBytes\":1.5}]}",
            "{\"id\":\"a\",\"from\":{\"kind\":\"EMAIL\",\"address\":\"a@example.com\"},\"attachments\":[{\"fileName\":\"f\",\"sizeBytes\":99999999999999999999}]}",
            "{\"id\":\"a\",\"id\":\"b\",\"from\":{\"kind\":\"EMAIL\",\"address\":\"a@example.com\"},\"text\":\"hi\"}",
            ""})
    void anAuthenticButUnreadableBodyIsMalformed(String body) {
        assertThat(rejection(signed(body)).reason()).isEqualTo(Reason.MALFORMED);
    }

    @Test
    void deepNestingAndHugeNumbersAreMalformedNotACrash() {
        String deep = "{\"id\":\"a\",\"from\":{\"kind\":\"EMAIL\",\"address\":\"a@example.com\"},\"text\":\"hi\",\"x\":"
                + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        String huge = "{\"id\":\"a\",\"from\":{\"kind\":\"EMAIL\",\"address\":\"a@example.com\"},\"text\":\"hi\",\"x\":"
                + "1".repeat(100_000) + "}";

        assertThat(rejection(signed(deep)).reason()).isEqualTo(Reason.MALFORMED);
        assertThat(rejection(signed(huge)).reason()).isEqualTo(Reason.MALFORMED);
    }

    @Test
    void aBodyOver256KiBIsMalformedEvenWhenSigned() throws InboundRejectedException {
        String prefix = "{\"id\":\"big\",\"from\":{\"kind\":\"EMAIL\",\"address\":\"a@example.com\"},\"text\":\"";
        String atLimit = prefix + "x".repeat(256 * 1024 - prefix.length() - 2) + "\"}";
        String overLimit = prefix + "x".repeat(256 * 1024 - prefix.length() - 1) + "\"}";

        assertThat(channel.receive(signed("wh-at", NOW, atLimit), context).messages()).hasSize(1);
        InboundRejectedException rejection = rejection(signed("wh-over", NOW, overLimit));
        assertThat(rejection.reason()).isEqualTo(Reason.MALFORMED);
        assertThat(rejection.getMessage()).contains("256 KiB");
    }

    @Test
    void anOverlongWebhookIdIsMalformed() {
        assertThat(rejection(signed("x".repeat(257), NOW, MESSAGE)).reason()).isEqualTo(Reason.MALFORMED);
    }

    @Test
    void onlyPostIsAccepted() {
        InboundRequest get = new InboundRequest("GET", "/api/v1/channels/webhook/inbound", Map.of(), Map.of(), null, null);

        assertThat(rejection(get).reason()).isEqualTo(Reason.MALFORMED);
    }
}
