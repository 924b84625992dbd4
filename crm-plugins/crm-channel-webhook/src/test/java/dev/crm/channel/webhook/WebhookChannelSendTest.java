package dev.crm.channel.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.channel.webhook.LocalReceiver.Answer;
import dev.crm.plugin.api.ChannelCapability;
import dev.crm.plugin.api.DeliveryResult;
import dev.crm.plugin.api.MessageAttributes;
import dev.crm.plugin.api.OutboundMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class WebhookChannelSendTest {

    private static final String SECRET = "whsec-outbound-7d1e";

    private final WebhookChannel channel = new WebhookChannel();
    private final LocalReceiver receiver = LocalReceiver.start(SECRET);

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("target-url", receiver.uri("/hooks/crm").toString());
        settings.put("signing-secret", SECRET);
        return settings;
    }

    private static OutboundMessage message() {
        return new OutboundMessage("msg-42", "customer-7781", "Your complaint C-2026-000123",
                "We have \"fixed\" it.\nThanks!",
                Map.of(MessageAttributes.COMPLAINT_NUMBER, "C-2026-000123", MessageAttributes.KIND, "status"));
    }

    private DeliveryResult send(Map<String, String> settings) {
        return channel.send(message(), TestContext.of(settings));
    }

    @Test
    void describesItselfAsWebhook() {
        assertThat(channel.describe().id()).isEqualTo("webhook");
        assertThat(channel.describe().displayName()).isEqualTo("Webhook");
        assertThat(channel.describe().capabilities())
                .containsExactlyInAnyOrder(ChannelCapability.SEND, ChannelCapability.RECEIVE);
    }

    @Test
    void postsTheMessageAsSignedTimestampedJson() {
        DeliveryResult result = send(settings());

        assertThat(result).isEqualTo(DeliveryResult.delivered("rcv-1"));
        assertThat(receiver.received()).singleElement().satisfies(request -> {
            assertThat(request.signatureValid()).isTrue();
            assertThat(request.path()).isEqualTo("/hooks/crm");
            assertThat(request.header("Webhook-Id")).isEqualTo("msg-42");
            assertThat(request.header("Webhook-Timestamp")).isEqualTo(Long.toString(TestContext.NOW.getEpochSecond()));
            assertThat(request.header("Webhook-Signature")).matches("v1=[0-9a-f]{64}");
            assertThat(request.header("Content-Type")).isEqualTo("application/json");
            JsonNode body = StrictJson.MAPPER.readTree(request.body());
            assertThat(body.propertyNames()).containsExactly("id", "recipient", "subject", "body", "attributes", "sentAt");
            assertThat(body.get("id").asString()).isEqualTo("msg-42");
            assertThat(body.get("recipient").asString()).isEqualTo("customer-7781");
            assertThat(body.get("subject").asString()).isEqualTo("Your complaint C-2026-000123");
            assertThat(body.get("body").asString()).isEqualTo("We have \"fixed\" it.\nThanks!");
            assertThat(body.get("attributes").propertyNames()).containsExactly("complaint-number", "kind");
            assertThat(body.at("/attributes/kind").asString()).isEqualTo("status");
            assertThat(body.get("sentAt").asString()).isEqualTo("2026-11-22T08:00:00Z");
        });
    }

    @Test
    void aMessageWithoutSubjectSendsNull() {
        channel.send(new OutboundMessage("msg-43", "customer-7781", null, "Hi", null), TestContext.of(settings()));

        JsonNode body = StrictJson.MAPPER.readTree(receiver.received().get(0).body());
        assertThat(body.get("subject").isNull()).isTrue();
        assertThat(body.get("attributes").isEmpty()).isTrue();
    }

    @Test
    void aReceiverThatChecksTheSignatureRefusesAWrongSecretPermanently() {
        Map<String, String> settings = settings();
        settings.put("signing-secret", "not-the-receivers-secret");

        DeliveryResult result = send(settings);

        assertThat(receiver.received()).singleElement().satisfies(request -> assertThat(request.signatureValid()).isFalse());
        assertThat(result).isInstanceOfSatisfying(DeliveryResult.PermanentFailure.class, failure ->
                assertThat(failure.reason()).contains("401").doesNotContain("not-the-receivers-secret"));
    }

    @Test
    void anAnswerWithoutAnIdIsDeliveredWithoutOne() {
        receiver.answer(request -> new Answer(204, Map.of(), ""));
        DeliveryResult noContent = send(settings());
        receiver.answer(request -> Answer.json(200, "{\"ok\":true}"));
        DeliveryResult noId = send(settings());

        assertThat(noContent).isEqualTo(new DeliveryResult.Delivered(null));
        assertThat(noId).isEqualTo(new DeliveryResult.Delivered(null));
    }

    @Test
    void throttlingAndUnavailabilityAreRetriedNoSoonerThanRetryAfter() {
        receiver.answer(request -> new Answer(429, Map.of("Retry-After", "12"), ""));
        DeliveryResult throttled = send(settings());
        receiver.answer(request -> new Answer(503, Map.of("Retry-After", "Sun, 22 Nov 2026 08:02:00 GMT"), ""));
        DeliveryResult unavailable = send(settings());

        assertThat(throttled).isInstanceOfSatisfying(DeliveryResult.RetryableFailure.class,
                failure -> assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(12)));
        assertThat(unavailable).isInstanceOfSatisfying(DeliveryResult.RetryableFailure.class,
                failure -> assertThat(failure.retryAfter()).isEqualTo(Duration.ofMinutes(2)));
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 500, 502, 503})
    void timeoutsThrottlingAndServerErrorsAreRetryable(int status) {
        receiver.answer(request -> Answer.json(status, "{}"));

        assertThat(send(settings())).isInstanceOfSatisfying(DeliveryResult.RetryableFailure.class, failure -> {
            assertThat(failure.reason()).contains(Integer.toString(status));
            assertThat(failure.retryAfter()).isNull();
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 403, 404, 410, 422})
    void otherClientErrorsArePermanent(int status) {
        receiver.answer(request -> Answer.json(status, "{\"echo\":\"" + SECRET + "\"}"));

        assertThat(send(settings())).isInstanceOfSatisfying(DeliveryResult.PermanentFailure.class, failure ->
                assertThat(failure.reason()).contains(Integer.toString(status)).doesNotContain(SECRET));
    }

    @Test
    void anUnreachableReceiverIsRetryable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Map<String, String> settings = settings();
        settings.put("target-url", "http://127.0.0.1:" + closedPort + "/hooks/crm");

        assertThat(send(settings)).isInstanceOfSatisfying(DeliveryResult.RetryableFailure.class,
                failure -> assertThat(failure.reason()).contains("unreachable"));
    }

    @Test
    void aReceiverSlowerThanTheTimeoutIsRetryable() {
        CountDownLatch release = new CountDownLatch(1);
        receiver.answer(request -> {
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
            assertThat(send(settings)).isInstanceOfSatisfying(DeliveryResult.RetryableFailure.class,
                    failure -> assertThat(failure.reason()).contains("300 ms"));
            assertThat(receiver.received()).hasSize(1);
        } finally {
            release.countDown();
        }
    }

    @Test
    void aRedirectIsNotFollowed() {
        receiver.answer(request -> new Answer(307, Map.of("Location", receiver.uri("/elsewhere").toString()), ""));

        assertThat(send(settings())).isInstanceOf(DeliveryResult.PermanentFailure.class);
        assertThat(receiver.received()).extracting(LocalReceiver.Received::path).containsExactly("/hooks/crm");
    }

    @Test
    void aMisconfiguredChannelFailsPermanentlyWithoutARequest() {
        Map<String, String> noUrl = settings();
        noUrl.remove("target-url");
        Map<String, String> noSecret = settings();
        noSecret.remove("signing-secret");
        Map<String, String> badUrl = settings();
        badUrl.put("target-url", "hooks.example/" + SECRET);
        Map<String, String> badTimeout = settings();
        badTimeout.put("timeout-ms", "soon");

        assertThat(send(noUrl)).isEqualTo(DeliveryResult.permanentFailure(
                "webhook channel is misconfigured: channel webhook is missing its setting 'target-url'"));
        assertThat(send(noSecret)).isInstanceOfSatisfying(DeliveryResult.PermanentFailure.class,
                failure -> assertThat(failure.reason()).contains("signing-secret"));
        assertThat(send(badUrl)).isInstanceOfSatisfying(DeliveryResult.PermanentFailure.class,
                failure -> assertThat(failure.reason()).contains("target-url").doesNotContain(SECRET));
        assertThat(send(badTimeout)).isInstanceOfSatisfying(DeliveryResult.PermanentFailure.class,
                failure -> assertThat(failure.reason()).contains("timeout-ms"));
        assertThat(receiver.received()).isEmpty();
    }
}
