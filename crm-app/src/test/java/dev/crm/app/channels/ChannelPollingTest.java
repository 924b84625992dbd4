package dev.crm.app.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.TestPluginJars;
import dev.crm.complaint.domain.Complaint;
import dev.crm.testplugin.PolledInboxChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Polled channels: one node polls a channel at a time, once per interval; what the poll brings goes
 * to the intake, and only stored messages are confirmed to the plugin.
 */
class ChannelPollingTest extends ApiIntegrationTest {

    @Autowired
    Channels channels;

    @Autowired
    ChannelCalls calls;

    @Autowired
    ChannelInbound inbound;

    @Autowired
    MongoOperations mongo;

    @Autowired
    Clock clock;

    @Autowired
    ChannelProperties properties;

    @TempDir
    Path files;

    @Test
    void twoNodesPollAChannelOnceAndConfirmWhatTheIntakeStored() throws Exception {
        TestPluginJars.write(pluginsDirectory(), "polled-inbox-channel", "1.0.0", ">=1.0.0 & <2.0.0",
                PolledInboxChannel.class);
        assertThat(asAdmin().post("/api/v1/plugins/scan", Map.of()).status()).isEqualTo(200);
        String id = "inbox-" + UUID.randomUUID().toString().substring(0, 8);
        Path inbox = files.resolve("inbox.txt");
        Path polls = files.resolve("polls.txt");
        Path confirmed = files.resolve("confirmed.txt");
        String first = "m-" + UUID.randomUUID();
        String second = "m-" + UUID.randomUUID();
        Files.writeString(inbox, first + "|he.min@example.com|My order never came\n"
                + second + "|qian.yu@example.com|Refund please\n", StandardCharsets.UTF_8);
        assertThat(asAdmin().put("/api/v1/channels/" + id, Map.of("adapter", "polled-inbox", "settings",
                Map.of("inbox", inbox.toString(), "polls", polls.toString(), "confirmed", confirmed.toString())))
                .status()).isEqualTo(200);
        try {
            ChannelPolling nodeA = new ChannelPolling(channels, calls, inbound, mongo, clock, properties, "node-a");
            ChannelPolling nodeB = new ChannelPolling(channels, calls, inbound, mongo, clock, properties, "node-b");
            Instant now = clock.instant();
            CountDownLatch start = new CountDownLatch(1);

            CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> pollAfter(start, nodeA, now));
            CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> pollAfter(start, nodeB, now));
            start.countDown();

            assertThat(a.get() + b.get()).isEqualTo(2);
            assertThat(Files.readAllLines(polls)).containsExactly(id);
            assertThat(Files.readAllLines(confirmed)).containsExactlyInAnyOrder(first, second);
            for (String message : List.of(first, second)) {
                assertThat(mongo.count(Query.query(where("sourceMessageId").is(id + ":" + message)), Complaint.class))
                        .isEqualTo(1);
            }

            // Not again within the interval; after it, the same messages are polled and not registered twice.
            assertThat(nodeA.pollDue(now.plusSeconds(1))).isZero();
            assertThat(nodeB.pollDue(now.plus(properties.polling().interval()).plusSeconds(1))).isEqualTo(2);
            assertThat(Files.readAllLines(polls)).hasSize(2);
            assertThat(mongo.count(Query.query(where("sourceMessageId").regex("^" + id + ":")), Complaint.class))
                    .isEqualTo(2);
        } finally {
            asAdmin().post("/api/v1/channels/" + id + "/disable", Map.of());
        }
    }

    private static int pollAfter(CountDownLatch start, ChannelPolling polling, Instant now) {
        try {
            start.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return polling.pollDue(now);
    }
}
