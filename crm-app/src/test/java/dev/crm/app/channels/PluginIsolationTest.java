package dev.crm.app.channels;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.app.support.TestPluginJars;
import dev.crm.app.support.WebhookReceiver;
import dev.crm.core.api.OutboundMessageDraft;
import dev.crm.core.api.OutboundMessageStatus;
import dev.crm.core.api.OutboundMessageView;
import dev.crm.core.api.Outbox;
import dev.crm.core.api.OutboxDelivery;
import dev.crm.testplugin.MisbehavingChannel;
import dev.crm.testplugin.UndescribableChannel;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

/**
 * A plugin that throws, hangs or returns garbage breaks neither the request nor the worker nor the
 * other channels. The bad plugins are built here, dropped into the plugins folder and loaded at run
 * time through the admin API, as an administrator would.
 */
class PluginIsolationTest extends ApiIntegrationTest {

    private static final List<String> BAD = List.of("bad-throw", "bad-hang", "bad-garbage");

    @Autowired
    DeliveryWorker worker;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxDelivery delivery;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Clock clock;

    @Autowired
    ChannelProperties properties;

    static WebhookReceiver receiver;

    @BeforeAll
    static void dropBadPluginsIntoTheFolder() throws Exception {
        TestPluginJars.write(pluginsDirectory(), "misbehaving-channel", "1.0.0", ">=1.0.0 & <2.0.0",
                MisbehavingChannel.class);
        TestPluginJars.write(pluginsDirectory(), "undescribable-channel", "1.0.0", ">=1.0.0 & <2.0.0",
                UndescribableChannel.class);
        TestPluginJars.write(pluginsDirectory(), "future-channel", "3.0.0", ">=3.0.0", MisbehavingChannel.class);
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    private void loadAndConfigure() {
        assertThat(asAdmin().post("/api/v1/plugins/scan", Map.of()).status()).isEqualTo(200);
        for (String id : BAD) {
            assertThat(asAdmin().put("/api/v1/channels/" + id, Map.of("adapter", "misbehaving",
                    "settings", Map.of("mode", id.substring(4)))).status()).isEqualTo(200);
        }
        assertThat(asAdmin().put("/api/v1/channels/good-hook", Map.of("adapter", "webhook",
                "settings", Map.of("target-url", receiver.url()),
                "secrets", Map.of("signing-secret", "whsec-isolation-test-secret"))).status()).isEqualTo(200);
    }

    @Test
    void badPluginsFailTheirOwnMessagesOnlyAndTheWorkerCarriesOn() {
        loadAndConfigure();
        try {
            Map<String, String> ids = new java.util.HashMap<>();
            for (String channel : List.of("bad-throw", "bad-hang", "bad-garbage", "good-hook")) {
                ids.put(channel, outbox.enqueue(OutboundMessageDraft.plain(channel, "someone", null, "hello")).id());
            }

            int attempted = worker.deliverDue(clock.instant());

            assertThat(attempted).isEqualTo(4);
            assertThat(status(ids.get("good-hook"))).isEqualTo(OutboundMessageStatus.SENT);
            assertThat(receiver.received()).hasSize(1);
            OutboundMessageView thrown = delivery.find(ids.get("bad-throw")).orElseThrow();
            assertThat(thrown.status()).isEqualTo(OutboundMessageStatus.PENDING);
            assertThat(thrown.lastError()).contains("provider exploded");
            OutboundMessageView hung = delivery.find(ids.get("bad-hang")).orElseThrow();
            assertThat(hung.status()).isEqualTo(OutboundMessageStatus.PENDING);
            assertThat(hung.lastError()).contains("did not answer within " + properties.callTimeout().toMillis() + " ms");
            OutboundMessageView garbage = delivery.find(ids.get("bad-garbage")).orElseThrow();
            assertThat(garbage.status()).isEqualTo(OutboundMessageStatus.PENDING);
            assertThat(garbage.lastError()).contains("returned no result");
        } finally {
            switchOff();
        }
    }

    @Test
    void aBadPluginOnTheInboundSideIsA503AndStoresNothing() {
        loadAndConfigure();
        try {
            long complaints = mongo.count(new Query(), "complaints");
            for (String channel : BAD) {
                ApiResponse answer = anonymous().postRaw("/api/v1/channels/" + channel + "/inbound", "application/json",
                        "{\"text\":\"help\"}");
                assertThat(answer.status()).as("%s: %s", channel, answer).isEqualTo(503);
                assertThat(answer.header("Content-Type")).contains("application/problem+json");
                assertThat(answer.rawBody()).contains("urn:crm:problem:unavailable").doesNotContain("exploded");
            }
            assertThat(mongo.count(new Query(), "complaints")).isEqualTo(complaints);
            assertThat(asAdmin().get("/actuator/health").rawBody()).contains("UP");
        } finally {
            switchOff();
        }
    }

    @Test
    void pluginsThatCannotDescribeThemselvesOrNeedAnotherSdkAreReportedAndTheRestRun() {
        assertThat(asAdmin().post("/api/v1/plugins/scan", Map.of()).status()).isEqualTo(200);

        ApiResponse plugins = asAdmin().get("/api/v1/plugins");

        assertThat(plugins.status()).isEqualTo(200);
        assertThat(plugin(plugins, "undescribable-channel").path("failure").asString()).contains("cannot say who I am");
        JsonNode future = plugin(plugins, "future-channel");
        assertThat(future.path("state").asString()).isEqualTo("INCOMPATIBLE");
        assertThat(future.path("failure").asString()).contains(">=3.0.0").contains("1.0.0");
        JsonNode webhook = plugin(plugins, "crm-channel-webhook");
        assertThat(webhook.path("state").asString()).isEqualTo("STARTED");
        assertThat(webhook.path("channelAdapters").toString()).isEqualTo("[\"webhook\"]");
        for (String bundled : List.of("crm-channel-email", "crm-channel-sms", "crm-channel-wechat")) {
            assertThat(plugin(plugins, bundled).path("state").asString()).as(bundled).isEqualTo("STARTED");
        }
    }

    @Test
    void aPluginCanBeDisabledEnabledAndReloadedWithoutARestart() throws Exception {
        loadAndConfigure();
        try {
            assertThat(channelState("bad-throw")).isEqualTo("ACTIVE");

            assertThat(asAdmin().post("/api/v1/plugins/misbehaving-channel/disable", Map.of()).status()).isEqualTo(200);
            assertThat(channelState("bad-throw")).isEqualTo("ADAPTER_MISSING");

            assertThat(asAdmin().post("/api/v1/plugins/misbehaving-channel/enable", Map.of()).status()).isEqualTo(200);
            assertThat(channelState("bad-throw")).isEqualTo("ACTIVE");

            // A new version replaces the jar in the folder; reload picks it up.
            Files.delete(pluginsDirectory().resolve("misbehaving-channel-1.0.0.jar"));
            TestPluginJars.write(pluginsDirectory(), "misbehaving-channel", "1.1.0", ">=1.0.0 & <2.0.0",
                    MisbehavingChannel.class);
            ApiResponse reloaded = asAdmin().post("/api/v1/plugins/misbehaving-channel/reload", Map.of());
            assertThat(reloaded.status()).as("%s", reloaded).isEqualTo(200);
            assertThat(reloaded.body().path("version").asString()).isEqualTo("1.1.0");
            assertThat(reloaded.body().path("state").asString()).isEqualTo("STARTED");
            assertThat(channelState("bad-throw")).isEqualTo("ACTIVE");
            assertThat(asAdmin().post("/api/v1/plugins/no-such-plugin/reload", Map.of()).status()).isEqualTo(404);
        } finally {
            switchOff();
        }
    }

    private String channelState(String id) {
        return asAdmin().get("/api/v1/channels/" + id).body().path("state").asString();
    }

    private static JsonNode plugin(ApiResponse plugins, String id) {
        for (JsonNode plugin : plugins.body()) {
            if (id.equals(plugin.path("id").asString())) {
                return plugin;
            }
        }
        throw new AssertionError("no plugin " + id + " in " + plugins);
    }

    private OutboundMessageStatus status(String id) {
        return delivery.find(id).orElseThrow().status();
    }

    private void switchOff() {
        for (String id : List.of("bad-throw", "bad-hang", "bad-garbage", "good-hook")) {
            asAdmin().post("/api/v1/channels/" + id + "/disable", Map.of());
        }
    }
}
