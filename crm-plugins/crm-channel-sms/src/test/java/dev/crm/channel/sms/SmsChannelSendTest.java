package dev.crm.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.channel.sms.LocalGateway.Answer;
import dev.crm.plugin.api.ChannelCapability;
import dev.crm.plugin.api.DeliveryResult;
import dev.crm.plugin.api.MessageAttributes;
import dev.crm.plugin.api.OutboundMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class SmsChannelSendTest {

    private static final String TOKEN = "tok-3f9a-secret";

    private final SmsChannel channel = new SmsChannel();
    private final LocalGateway gateway = LocalGateway.start();

    @AfterEach
    void stopGateway() {
        gateway.close();
    }

    private Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("gateway-url", gateway.uri("/v1/sms?account=acme").toString());
        settings.put("auth", "bearer");
        settings.put("auth-token", TOKEN);
        settings.put("sender-id", "ACME");
        return settings;
    }

    private DeliveryResult send(Map<String, String> settings, String recipient, String text) {
        return channel.send(new OutboundMessage("msg-42", recipient, null, text, Map.of()), TestContext.of(settings));
    }

    private static JsonNode json(String body) {
        return StrictJson.MAPPER.readTree(body);
    }

    @Test
    void describesItselfAsSmsWithReceipts() {
        assertThat(channel.describe().id()).isEqualTo("sms");
        assertThat(channel.describe().displayName()).isEqualTo("SMS");
        assertThat(channel.describe().capabilities()).containsExactlyInAnyOrder(
                ChannelCapability.SEND, ChannelCapability.RECEIVE, ChannelCapability.DELIVERY_RECEIPTS);
    }

    @Test
    void postsTheDefaultTemplateWithTheTextEscapedAndTheAuthAndIdempotencyKey() {
        String text = "Your complaint \"C-2026-000123\" is closed.\nReply {{to}} \\ back\t\u0001 谢谢";

        DeliveryResult result = send(settings(), "+8613812345678", text);

        assertThat(result).isEqualTo(DeliveryResult.delivered("gw-1"));
        assertThat(gateway.received()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/v1/sms");
            assertThat(request.header("Authorization")).isEqualTo("Bearer " + TOKEN);
            assertThat(request.header("Idempotency-Key")).isEqualTo("msg-42");
            assertThat(request.header("Content-Type")).startsWith("application/json");
            // The escapes are on the wire, and the document reads back as exactly what was sent.
            assertThat(request.body()).contains("\\\"C-2026-000123\\\"", "\\n", "\\\\", "\\t", "\\u0001");
            JsonNode body = json(request.body());
            assertThat(body.propertyNames()).containsExactly("to", "from", "text", "reference");
            assertThat(body.get("to").asString()).isEqualTo("+8613812345678");
            assertThat(body.get("from").asString()).isEqualTo("ACME");
            assertThat(body.get("text").asString()).isEqualTo(text);
            assertThat(body.get("reference").asString()).isEqualTo("msg-42");
        });
    }

    @Test
    void aCustomTemplateGetsTheTemplateIdAndTheIdIsReadFromTheConfiguredPointer() {
        Map<String, String> settings = settings();
        settings.put("body-template",
                "{\"messages\":[{\"destination\":\"{{to}}\",\"template\":\"{{templateId}}\",\"content\":\"{{text}}\"}]}");
        settings.put("message-id-field", "/messages/0/messageId");
        gateway.answer(request -> Answer.json(201, "{\"messages\":[{\"messageId\":98765,\"status\":\"queued\"}]}"));

        DeliveryResult result = channel.send(new OutboundMessage("msg-43", "+14155550123", null, "",
                Map.of(MessageAttributes.TEMPLATE_ID, "tpl-ack")), TestContext.of(settings));

        assertThat(result).isEqualTo(DeliveryResult.delivered("98765"));
        JsonNode message = json(gateway.received().get(0).body()).at("/messages/0");
        assertThat(message.get("destination").asString()).isEqualTo("+14155550123");
        assertThat(message.get("template").asString()).isEqualTo("tpl-ack");
        assertThat(message.get("content").asString()).isEmpty();
    }

    @Test
    void basicAuthSendsTheEncodedCredentials() {
        Map<String, String> settings = settings();
        settings.put("auth", "basic");
        settings.put("username", "acme");
        settings.put("password", "pa55-word");

        assertThat(send(settings, "+8613812345678", "Hello")).isInstanceOf(DeliveryResult.Delivered.class);

        String expected = Base64.getEncoder().encodeToString("acme:pa55-word".getBytes(StandardCharsets.UTF_8));
        assertThat(gateway.received().get(0).header("Authorization")).isEqualTo("Basic " + expected);
    }

    @Test
    void headerAuthUsesXApiKeyUnlessAnotherHeaderIsNamed() {
        Map<String, String> settings = settings();
        settings.put("auth", "header");

        send(settings, "+8613812345678", "Hello");
        settings.put("auth-header", "X-Auth-Key");
        send(settings, "+8613812345678", "Hello");

        assertThat(gateway.received()).hasSize(2);
        assertThat(gateway.received().get(0).header("X-Api-Key")).isEqualTo(TOKEN);
        assertThat(gateway.received().get(0).header("Authorization")).isNull();
        assertThat(gateway.received().get(1).header("X-Auth-Key")).isEqualTo(TOKEN);
        assertThat(gateway.received().get(1).header("X-Api-Key")).isNull();
    }

    @Test
    void anAcceptedMessageWithoutAnIdIsDeliveredWithoutOne() {
        gateway.answer(request -> Answer.json(202, "accepted"));

        assertThat(send(settings(), "+8613812345678", "Hello")).isEqualTo(new DeliveryResult.Delivered(null));
    }

    @Test
    void throttlingIsRetriedNoSoonerThanRetryAfter() {
        gateway.answer(request -> new Answer(429, Map.of("Retry-After", "30"), ""));
        DeliveryResult withHeader = send(settings(), "+8613812345678", "Hello");
        gateway.answer(request -> Answer.json(429, "{}"));
        DeliveryResult withoutHeader = send(settings(), "+8613812345678", "Hello");

        assertThat(withHeader).isInstanceOfSatisfying(DeliveryResult.RetryableFailure.class,
                failure -> assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(30)));
        assertThat(withoutHeader).isInstanceOfSatisfying(DeliveryResult.RetryableFailure.class,
                failure -> assertThat(failure.retryAfter()).isNull());
    }

    @Test
    void aServerErrorIsRetryable() {
        gateway.answer(request -> Answer.json(500, "{\"error\":\"database down\"}"));

        assertThat(send(settings(), "+8613812345678", "Hello")).isInstanceOfSatisfying(
                DeliveryResult.RetryableFailure.class, failure -> assertThat(failure.reason()).contains("500"));
    }

    @Test
    void aRefusalIsPermanentAndKeepsTheGatewaysEchoOfCredentialsOut() {
        gateway.answer(request -> Answer.json(400, "{\"error\":{\"message\":\"number barred\\nfor token " + TOKEN
                + "\"},\"request\":{\"auth\":\"" + TOKEN + "\"}}"));

        DeliveryResult result = send(settings(), "+8613812345678", "Hello");

        assertThat(result).isInstanceOfSatisfying(DeliveryResult.PermanentFailure.class, failure -> {
            assertThat(failure.reason()).contains("400", "number barred for token [redacted]");
            assertThat(failure.reason()).doesNotContain(TOKEN).doesNotContain("\n");
        });
    }

    @Test
    void anApiKeyInTheGatewayUrlIsKeptOutOfTheReasonToo() {
        Map<String, String> settings = settings();
        settings.put("auth", "none");
        settings.put("gateway-url", gateway.uri("/v1/sms").toString() + "?api_key=k-77aa91");
        gateway.answer(request -> Answer.json(403, "{\"message\":\"key k-77aa91 is suspended\"}"));

        assertThat(send(settings, "+8613812345678", "Hello")).isInstanceOfSatisfying(
                DeliveryResult.PermanentFailure.class, failure -> assertThat(failure.reason())
                        .contains("403", "key [redacted] is suspended").doesNotContain("k-77aa91"));
    }

    @Test
    void wrongCredentialsArePermanent() {
        gateway.answer(request -> Answer.json(401, "{}"));

        assertThat(send(settings(), "+8613812345678", "Hello")).isInstanceOf(DeliveryResult.PermanentFailure.class);
    }

    @Test
    void anUnreachableGatewayIsRetryable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Map<String, String> settings = settings();
        settings.put("gateway-url", "http://127.0.0.1:" + closedPort + "/v1/sms");

        assertThat(send(settings, "+8613812345678", "Hello")).isInstanceOfSatisfying(
                DeliveryResult.RetryableFailure.class, failure -> assertThat(failure.reason()).contains("unreachable"));
    }

    @Test
    void aGatewaySlowerThanTheTimeoutIsRetryable() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        gateway.answer(request -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Answer.json(200, "{\"id\":\"too-late\"}");
        });
        Map<String, String> settings = settings();
        settings.put("timeout-ms", "300");

        try {
            DeliveryResult result = send(settings, "+8613812345678", "Hello");

            assertThat(result).isInstanceOfSatisfying(DeliveryResult.RetryableFailure.class,
                    failure -> assertThat(failure.reason()).contains("300 ms"));
            assertThat(gateway.received()).hasSize(1);
        } finally {
            release.countDown();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "+86 138 1234 5678", "+1234567", "+1234567890123456", "+0123456789",
            "li.wei@example.com", "+86138123456780\n"})
    void aRecipientThatIsNotE164IsRefusedWithoutCallingTheGateway(String recipient) {
        assertThat(send(settings(), recipient, "Hello")).isInstanceOf(DeliveryResult.PermanentFailure.class);
        assertThat(gateway.received()).isEmpty();
    }

    @Test
    void textOverMaxLengthIsRefusedNotCut() {
        Map<String, String> settings = settings();
        settings.put("max-length", "10");

        DeliveryResult atLimit = send(settings, "+8613812345678", "0123456789");
        DeliveryResult overLimit = send(settings, "+8613812345678", "0123456789!");

        assertThat(atLimit).isInstanceOf(DeliveryResult.Delivered.class);
        assertThat(overLimit).isInstanceOfSatisfying(DeliveryResult.PermanentFailure.class,
                failure -> assertThat(failure.reason()).contains("11", "max-length 10"));
        assertThat(gateway.received()).hasSize(1);
    }

    @Test
    void theDefaultMaxLengthIs670() {
        assertThat(send(settings(), "+8613812345678", "x".repeat(670))).isInstanceOf(DeliveryResult.Delivered.class);
        assertThat(send(settings(), "+8613812345678", "x".repeat(671))).isInstanceOf(DeliveryResult.PermanentFailure.class);
        assertThat(gateway.received()).hasSize(1);
    }

    @Test
    void aMisconfiguredChannelFailsPermanentlyNamingTheSettingButNotItsValue() {
        Map<String, String> noUrl = settings();
        noUrl.remove("gateway-url");
        Map<String, String> badTemplate = settings();
        badTemplate.put("body-template", "{\"to\": {{to}}}");
        Map<String, String> unknownPlaceholder = settings();
        unknownPlaceholder.put("body-template", "{\"to\":\"{{recipient}}\"}");
        Map<String, String> noToken = settings();
        noToken.remove("auth-token");
        Map<String, String> badUrl = settings();
        badUrl.put("gateway-url", "ftp://gateway.example/" + TOKEN);

        assertThat(send(noUrl, "+8613812345678", "Hi")).isEqualTo(DeliveryResult.permanentFailure(
                "SMS channel is misconfigured: channel sms is missing its setting 'gateway-url'"));
        assertThat(send(badTemplate, "+8613812345678", "Hi")).isInstanceOfSatisfying(DeliveryResult.PermanentFailure.class,
                failure -> assertThat(failure.reason()).contains("body-template"));
        assertThat(send(unknownPlaceholder, "+8613812345678", "Hi")).isInstanceOfSatisfying(
                DeliveryResult.PermanentFailure.class, failure -> assertThat(failure.reason()).contains("{{recipient}}"));
        assertThat(send(noToken, "+8613812345678", "Hi")).isInstanceOfSatisfying(DeliveryResult.PermanentFailure.class,
                failure -> assertThat(failure.reason()).contains("auth-token"));
        assertThat(send(badUrl, "+8613812345678", "Hi")).isInstanceOfSatisfying(DeliveryResult.PermanentFailure.class,
                failure -> assertThat(failure.reason()).contains("gateway-url").doesNotContain(TOKEN));
        assertThat(gateway.received()).isEmpty();
    }

    @Test
    void anEmptyTextWithoutATemplateIsRefused() {
        assertThat(send(settings(), "+8613812345678", " ")).isInstanceOf(DeliveryResult.PermanentFailure.class);
        assertThat(gateway.received()).isEmpty();
    }

    @Test
    void aRedirectIsNotFollowedSoCredentialsStayWithTheGateway() {
        gateway.answer(request -> request.path().equals("/v1/sms")
                ? new Answer(302, Map.of("Location", gateway.uri("/elsewhere").toString()), "")
                : Answer.json(200, "{\"id\":\"moved\"}"));

        assertThat(send(settings(), "+8613812345678", "Hello")).isInstanceOf(DeliveryResult.PermanentFailure.class);
        assertThat(gateway.received()).extracting(LocalGateway.Received::path).containsExactly("/v1/sms");
    }
}
