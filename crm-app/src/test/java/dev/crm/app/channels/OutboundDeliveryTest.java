package dev.crm.app.channels;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.app.support.WebhookReceiver;
import dev.crm.core.api.DeliveryAttempt;
import dev.crm.core.api.OutboundMessageDraft;
import dev.crm.core.api.OutboundMessageStatus;
import dev.crm.core.api.OutboundMessageView;
import dev.crm.core.api.Outbox;
import dev.crm.core.api.OutboxDelivery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The delivery worker drains the outbox through a real plugin (the bundled webhook channel) to a
 * real HTTP server: sent once, retried with backoff, dead after a permanent failure or too many
 * attempts, every attempt recorded, and exactly once with two workers on one database.
 */
class OutboundDeliveryTest extends ApiIntegrationTest {

    private static final String SECRET = "whsec-delivery-test-0123456789";

    @Autowired
    DeliveryWorker worker;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxDelivery delivery;

    @Autowired
    Channels channels;

    @Autowired
    ChannelProperties properties;

    @Autowired
    Clock clock;

    private WebhookReceiver receiver;
    private String channel;

    @BeforeEach
    void configureWebhookChannel() throws Exception {
        receiver = new WebhookReceiver();
        channel = "hook-" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse configured = asAdmin().put("/api/v1/channels/" + channel, Map.of("adapter", "webhook",
                "settings", Map.of("target-url", receiver.url()), "secrets", Map.of("signing-secret", SECRET)));
        assertThat(configured.status()).as("%s", configured).isEqualTo(200);
    }

    @AfterEach
    void switchOff() {
        asAdmin().post("/api/v1/channels/" + channel + "/disable", Map.of());
        receiver.close();
    }

    private OutboundMessageView enqueue(String text) {
        return outbox.enqueue(OutboundMessageDraft.plain(channel, "integrator-endpoint", "Status", text)
                .relatedTo("Complaint", "C-2026-999001"));
    }

    @Test
    void aDueMessageIsSentOnceSignedAndRecorded() throws Exception {
        OutboundMessageView queued = enqueue("Your complaint is resolved.");

        int attempted = worker.deliverDue(clock.instant());
        worker.deliverDue(clock.instant());

        assertThat(attempted).isEqualTo(1);
        assertThat(receiver.received()).singleElement().satisfies(request -> {
            assertThat(request.webhookId()).isEqualTo(queued.id());
            assertThat(request.body()).contains("Your complaint is resolved.").contains("C-2026-999001");
            assertThat(request.signature()).isEqualTo("v1=" + hmac(request.webhookId() + "." + request.timestamp()
                    + "." + request.body()));
        });
        OutboundMessageView sent = delivery.find(queued.id()).orElseThrow();
        assertThat(sent.status()).isEqualTo(OutboundMessageStatus.SENT);
        assertThat(sent.providerMessageId()).isEqualTo("rcv-" + queued.id());
        assertThat(sent.history()).singleElement().satisfies(attempt -> {
            assertThat(attempt.number()).isEqualTo(1);
            assertThat(attempt.outcome()).isEqualTo(DeliveryAttempt.Outcome.SENT);
            assertThat(attempt.worker()).isEqualTo(worker.worker());
        });
    }

    @Test
    void aRetryableFailureIsRetriedWithBackoffAndTheHistoryKeepsEveryAttempt() {
        receiver.answerWith(503);
        OutboundMessageView queued = enqueue("Delayed, sorry.");
        Instant first = clock.instant();

        worker.deliverDue(first);

        OutboundMessageView waiting = delivery.find(queued.id()).orElseThrow();
        assertThat(waiting.status()).isEqualTo(OutboundMessageStatus.PENDING);
        assertThat(waiting.lastError()).contains("503");
        // First backoff: 30 s with equal jitter, so between 15 and 30 s after the attempt.
        assertThat(waiting.nextAttemptAt()).isBetween(first.plusSeconds(14), clock.instant().plusSeconds(31));
        assertThat(worker.deliverDue(first.plusSeconds(5))).as("not due yet").isZero();

        receiver.answerWith(200);
        worker.deliverDue(waiting.nextAttemptAt().plusMillis(1));

        OutboundMessageView sent = delivery.find(queued.id()).orElseThrow();
        assertThat(sent.status()).isEqualTo(OutboundMessageStatus.SENT);
        assertThat(sent.history()).extracting(DeliveryAttempt::outcome)
                .containsExactly(DeliveryAttempt.Outcome.RETRYABLE_FAILURE, DeliveryAttempt.Outcome.SENT);
        assertThat(receiver.received()).hasSize(2);
    }

    @Test
    void aPermanentFailureIsDeadAtOnceAndAnAdministratorCanSendItAgain() {
        receiver.answerWith(410);
        OutboundMessageView queued = enqueue("Gone.");

        worker.deliverDue(clock.instant());
        worker.deliverDue(clock.instant().plus(Duration.ofDays(1)));

        OutboundMessageView dead = delivery.find(queued.id()).orElseThrow();
        assertThat(dead.status()).isEqualTo(OutboundMessageStatus.DEAD);
        assertThat(dead.history()).singleElement().extracting(DeliveryAttempt::outcome)
                .isEqualTo(DeliveryAttempt.Outcome.PERMANENT_FAILURE);
        assertThat(asAdmin().get("/api/v1/outbox?status=DEAD&channel=" + channel).rawBody())
                .contains(queued.id());

        receiver.answerWith(200);
        ApiResponse retried = asAdmin().post("/api/v1/outbox/" + queued.id() + "/retry", Map.of());
        assertThat(retried.status()).isEqualTo(200);
        assertThat(asAdmin().post("/api/v1/outbox/" + queued.id() + "/retry", Map.of()).status())
                .as("only a dead message can be retried").isEqualTo(409);
        worker.deliverDue(clock.instant());

        OutboundMessageView sent = delivery.find(queued.id()).orElseThrow();
        assertThat(sent.status()).isEqualTo(OutboundMessageStatus.SENT);
        assertThat(sent.history()).extracting(DeliveryAttempt::number).containsExactly(1, 2);
    }

    @Test
    void aMessageIsDeadAfterTheLastAllowedAttempt() {
        receiver.answerWith(500);
        OutboundMessageView queued = enqueue("Never arrives.");
        Instant at = clock.instant();

        for (int pass = 0; pass < properties.delivery().maxAttempts() + 2; pass++) {
            worker.deliverDue(at);
            at = at.plus(Duration.ofDays(1));
        }

        OutboundMessageView dead = delivery.find(queued.id()).orElseThrow();
        assertThat(dead.status()).isEqualTo(OutboundMessageStatus.DEAD);
        assertThat(dead.history()).hasSize(properties.delivery().maxAttempts());
        assertThat(dead.lastError()).contains("attempt 8 of 8");
        assertThat(receiver.received()).hasSize(properties.delivery().maxAttempts());
    }

    @Test
    void twoWorkersOnOneDatabaseDeliverEachMessageExactlyOnce() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            ids.add(enqueue("Message " + i).id());
        }
        // Two nodes: each its own plugin thread pools, one database.
        DeliveryWorker nodeA = new DeliveryWorker(channels, new ChannelCalls(properties), delivery, properties, clock,
                "node-a");
        DeliveryWorker nodeB = new DeliveryWorker(channels, new ChannelCalls(properties), delivery, properties, clock,
                "node-b");
        CountDownLatch start = new CountDownLatch(1);
        Instant now = clock.instant();

        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> drain(start, nodeA, now));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> drain(start, nodeB, now));
        start.countDown();

        assertThat(a.get() + b.get()).isEqualTo(ids.size());
        assertThat(ids).allSatisfy(id -> assertThat(delivery.find(id).orElseThrow())
                .satisfies(m -> assertThat(m.status()).as("%s: %s", id, m.lastError()).isEqualTo(OutboundMessageStatus.SENT)));
        Map<String, Integer> counts = receiver.countsById();
        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(counts.values()).allMatch(count -> count == 1);
        for (String id : ids) {
            assertThat(delivery.find(id).orElseThrow().history()).as("attempts of %s", id).hasSize(1);
        }
    }

    private static int drain(CountDownLatch start, DeliveryWorker worker, Instant now) {
        try {
            start.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        int total = 0;
        int attempted;
        do {
            attempted = worker.deliverDue(now);
            total += attempted;
        } while (attempted > 0);
        return total;
    }

    private static String hmac(String signed) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
