package dev.crm.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crm.plugin.api.DeliveryReceipt;
import dev.crm.plugin.api.InboundMessage;
import dev.crm.plugin.api.InboundRejectedException;
import dev.crm.plugin.api.InboundRejectedException.Reason;
import dev.crm.plugin.api.InboundRequest;
import dev.crm.plugin.api.InboundResult;
import dev.crm.plugin.api.Sender;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmsChannelReceiveTest {

    private static final String SECRET = "inbound-5ecret";
    private static final long NOW = TestContext.NOW.getEpochSecond();

    private final SmsChannel channel = new SmsChannel();
    private final TestContext context = TestContext.of(Map.of("inbound-secret", SECRET));

    /** Signed independently of the channel's code, as the gateway would. */
    private static String signature(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signed = (timestamp + ".").getBytes(StandardCharsets.UTF_8);
            byte[] input = new byte[signed.length + body.length];
            System.arraycopy(signed, 0, input, 0, signed.length);
            System.arraycopy(body, 0, input, signed.length, body.length);
            return HexFormat.of().formatHex(mac.doFinal(input));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static InboundRequest request(Map<String, String> headers, byte[] body) {
        Map<String, List<String>> multi = new HashMap<>();
        headers.forEach((name, value) -> multi.put(name, List.of(value)));
        return new InboundRequest("POST", "/api/v1/channels/sms/inbound", multi, Map.of(), body, "203.0.113.9");
    }

    private static InboundRequest signed(String body, long timestamp) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String ts = Long.toString(timestamp);
        return request(Map.of("X-Timestamp", ts, "X-Signature", signature(SECRET, ts, bytes)), bytes);
    }

    private static InboundRequest signed(String body) {
        return signed(body, NOW);
    }

    private Reason rejection(InboundRequest request) {
        return catchThrowableOfType(() -> channel.receive(request, context), InboundRejectedException.class).reason();
    }

    @Test
    void aSignedMoBecomesAMessageFromThePhoneWithItsComplaintNumbers() throws InboundRejectedException {
        InboundResult result = channel.receive(signed("""
                {"type":"mo","id":"mo-1","from":"+8613812345678",
                 "text":"About C-2026-000123 and c-2026-000124, not C-2026-0001250","receivedAt":"2026-11-22T15:59:30+08:00"}
                """), context);

        assertThat(result.receipts()).isEmpty();
        assertThat(result.reply()).isNull();
        assertThat(result.messages()).singleElement().satisfies(message -> {
            assertThat(message.channelId()).isEqualTo("sms");
            assertThat(message.externalMessageId()).isEqualTo("mo-1");
            assertThat(message.sender()).isEqualTo(new Sender(Sender.Kind.PHONE, "+8613812345678", null));
            assertThat(message.text()).startsWith("About C-2026-000123");
            assertThat(message.references()).containsExactly("C-2026-000123", "C-2026-000124");
            assertThat(message.receivedAt()).isEqualTo(Instant.parse("2026-11-22T07:59:30Z"));
            assertThat(message.threadId()).isNull();
        });
    }

    @Test
    void anMoWithoutATimeIsReceivedNow() throws InboundRejectedException {
        List<InboundMessage> messages = channel.receive(
                signed("{\"type\":\"mo\",\"id\":123,\"from\":\"+8613812345678\",\"text\":\"hi\"}"), context).messages();

        assertThat(messages).singleElement().satisfies(message -> {
            assertThat(message.receivedAt()).isEqualTo(TestContext.NOW);
            assertThat(message.externalMessageId()).isEqualTo("123");
            assertThat(message.references()).isEmpty();
        });
    }

    @Test
    void deliveryReportsBecomeReceiptsAndIntermediateStatusesNone() throws InboundRejectedException {
        InboundResult result = channel.receive(signed("""
                [{"type":"dlr","id":"gw-1","status":"delivered","at":"2026-11-22T07:58:00Z"},
                 {"type":"dlr","id":"gw-2","status":"UNDELIVERABLE"},
                 {"type":"dlr","id":"gw-3","status":"sent"},
                 {"type":"dlr","id":"gw-4","status":"expired","at":"2026-11-22T07:00:00Z"},
                 {"type":"mo","id":"mo-2","from":"+8613812345678","text":"Thanks"},
                 {"type":"keepalive"}]
                """), context);

        assertThat(result.receipts()).containsExactly(
                new DeliveryReceipt("gw-1", DeliveryReceipt.Outcome.DELIVERED, Instant.parse("2026-11-22T07:58:00Z"),
                        "delivered"),
                new DeliveryReceipt("gw-2", DeliveryReceipt.Outcome.FAILED, TestContext.NOW, "UNDELIVERABLE"),
                new DeliveryReceipt("gw-4", DeliveryReceipt.Outcome.FAILED, Instant.parse("2026-11-22T07:00:00Z"),
                        "expired"));
        assertThat(result.messages()).extracting(InboundMessage::externalMessageId).containsExactly("mo-2");
    }

    @Test
    void aSignatureWithAnotherSecretIsUnauthentic() {
        byte[] body = "{\"type\":\"mo\",\"id\":\"mo-1\",\"from\":\"+8613812345678\",\"text\":\"hi\"}"
                .getBytes(StandardCharsets.UTF_8);
        String ts = Long.toString(NOW);

        assertThat(rejection(request(Map.of("X-Timestamp", ts, "X-Signature", signature("guess", ts, body)), body)))
                .isEqualTo(Reason.UNAUTHENTIC);
    }

    @Test
    void aBodyChangedAfterSigningIsUnauthentic() {
        String ts = Long.toString(NOW);
        byte[] original = "{\"type\":\"mo\",\"id\":\"mo-1\",\"from\":\"+8613812345678\",\"text\":\"hi\"}"
                .getBytes(StandardCharsets.UTF_8);
        byte[] changed = "{\"type\":\"mo\",\"id\":\"mo-1\",\"from\":\"+8613899999999\",\"text\":\"hi\"}"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(rejection(request(Map.of("X-Timestamp", ts, "X-Signature", signature(SECRET, ts, original)), changed)))
                .isEqualTo(Reason.UNAUTHENTIC);
    }

    @Test
    void aSignatureMovedToAnotherTimestampIsUnauthentic() {
        byte[] body = "{\"type\":\"dlr\",\"id\":\"gw-1\",\"status\":\"delivered\"}".getBytes(StandardCharsets.UTF_8);
        String signedAt = Long.toString(NOW - 200);

        assertThat(rejection(request(Map.of("X-Timestamp", Long.toString(NOW),
                "X-Signature", signature(SECRET, signedAt, body)), body))).isEqualTo(Reason.UNAUTHENTIC);
    }

    @Test
    void aTimestampMoreThan300SecondsAwayIsUnauthenticEvenWhenSigned() throws InboundRejectedException {
        String body = "{\"type\":\"dlr\",\"id\":\"gw-1\",\"status\":\"delivered\"}";

        assertThat(rejection(signed(body, NOW - 301))).isEqualTo(Reason.UNAUTHENTIC);
        assertThat(rejection(signed(body, NOW + 301))).isEqualTo(Reason.UNAUTHENTIC);
        assertThat(rejection(signed(body, Long.MIN_VALUE))).isEqualTo(Reason.UNAUTHENTIC);
        assertThat(channel.receive(signed(body, NOW - 300), context).receipts()).hasSize(1);
        assertThat(channel.receive(signed(body, NOW + 300), context).receipts()).hasSize(1);
    }

    @Test
    void missingOrUnreadableHeadersAreUnauthentic() {
        byte[] body = "{\"type\":\"dlr\",\"id\":\"gw-1\",\"status\":\"delivered\"}".getBytes(StandardCharsets.UTF_8);
        String ts = Long.toString(NOW);
        String good = signature(SECRET, ts, body);

        assertThat(rejection(request(Map.of("X-Signature", good), body))).isEqualTo(Reason.UNAUTHENTIC);
        assertThat(rejection(request(Map.of("X-Timestamp", ts), body))).isEqualTo(Reason.UNAUTHENTIC);
        assertThat(rejection(request(Map.of(), body))).isEqualTo(Reason.UNAUTHENTIC);
        assertThat(rejection(request(Map.of("X-Timestamp", "yesterday", "X-Signature", good), body)))
                .isEqualTo(Reason.UNAUTHENTIC);
        assertThat(rejection(request(Map.of("X-Timestamp", ts, "X-Signature", "not-hex!"), body)))
                .isEqualTo(Reason.UNAUTHENTIC);
        assertThat(rejection(request(Map.of("X-Timestamp", ts, "X-Signature", good.substring(2)), body)))
                .isEqualTo(Reason.UNAUTHENTIC);
    }

    @Test
    void withoutAnInboundSecretNothingIsAccepted() {
        TestContext unconfigured = TestContext.of(Map.of());

        InboundRejectedException rejection = catchThrowableOfType(() -> channel.receive(
                signed("{\"type\":\"dlr\",\"id\":\"gw-1\",\"status\":\"delivered\"}"), unconfigured),
                InboundRejectedException.class);

        assertThat(rejection.reason()).isEqualTo(Reason.UNAUTHENTIC);
        assertThat(rejection.getMessage()).contains("inbound-secret");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"type\":\"mo\",\"id\":\"mo-1\"",                                  // cut off
            "not json",
            "\"mo\"",
            "[1, 2]",
            "{\"id\":\"mo-1\",\"from\":\"+8613812345678\",\"text\":\"hi\"}",     // no type
            "{\"type\":\"mo\",\"from\":\"+8613812345678\",\"text\":\"hi\"}",     // no id
            "{\"type\":\"mo\",\"id\":\"mo-1\",\"text\":\"hi\"}",                 // no from
            "{\"type\":\"mo\",\"id\":\"mo-1\",\"from\":\"+8613812345678\"}",     // no text
            "{\"type\":\"mo\",\"id\":\"mo-1\",\"from\":\"+8613812345678\",\"text\":7}",
            "{\"type\":\"mo\",\"id\":\"mo-1\",\"from\":\"+8613812345678\",\"text\":\"hi\",\"receivedAt\":\"today\"}",
            "{\"type\":\"dlr\",\"id\":\"gw-1\"}",                                // no status
            "{\"type\":\"dlr\",\"id\":\"gw-1\",\"status\":\"delivered\",\"status\":\"failed\"}",
            "{\"type\":\"dlr\",\"id\":\"gw-1\",\"status\":\"delivered\"} {\"type\":\"dlr\"}",
            ""})
    void anAuthenticButUnreadableBodyIsMalformed(String body) {
        assertThat(rejection(signed(body))).isEqualTo(Reason.MALFORMED);
    }

    @Test
    void deepNestingAndHugeNumbersAreMalformedNotACrash() {
        assertThat(rejection(signed("[".repeat(5000) + "]".repeat(5000)))).isEqualTo(Reason.MALFORMED);
        assertThat(rejection(signed("{\"type\":\"mo\",\"id\":" + "9".repeat(5000)
                + ",\"from\":\"+8613812345678\",\"text\":\"hi\"}"))).isEqualTo(Reason.MALFORMED);
    }

    @Test
    void aBodyOver64KiBIsMalformedEvenWhenSigned() throws InboundRejectedException {
        String prefix = "{\"type\":\"mo\",\"id\":\"mo-1\",\"from\":\"+8613812345678\",\"text\":\"";
        String atLimit = prefix + "x".repeat(64 * 1024 - prefix.length() - 2) + "\"}";
        String overLimit = prefix + "x".repeat(64 * 1024 - prefix.length() - 1) + "\"}";

        assertThat(channel.receive(signed(atLimit), context).messages()).hasSize(1);
        assertThat(rejection(signed(overLimit))).isEqualTo(Reason.MALFORMED);
    }

    @Test
    void anEmptyMoCarriesNoMessage() throws InboundRejectedException {
        assertThat(channel.receive(signed("{\"type\":\"mo\",\"id\":\"mo-1\",\"from\":\"+8613812345678\",\"text\":\"\"}"),
                context)).isEqualTo(InboundResult.empty());
    }

    @Test
    void onlyPostIsAccepted() {
        InboundRequest get = new InboundRequest("GET", "/api/v1/channels/sms/inbound", Map.of(), Map.of(), null, null);

        assertThat(rejection(get)).isEqualTo(Reason.MALFORMED);
    }
}
