package dev.crm.app.channels;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.core.api.Role;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Administrators configure channel instances; secrets go in and never come out. */
class ChannelAdminApiTest extends ApiIntegrationTest {

    private static String newId() {
        return "sms-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void everyBundledAdapterShowsUpAsAnUnconfiguredChannel() {
        ApiResponse list = asAdmin().get("/api/v1/channels");

        assertThat(list.status()).isEqualTo(200);
        for (String adapter : new String[] {"email", "sms", "wechat", "webhook"}) {
            JsonNode channel = find(list.body(), adapter);
            assertThat(channel.path("adapter").asString()).isEqualTo(adapter);
            assertThat(channel.path("plugin").asString()).isEqualTo("crm-channel-" + adapter);
            assertThat(channel.path("capabilities").toString()).contains("SEND");
        }
        assertThat(find(list.body(), "email").path("capabilities").toString()).contains("POLL");
        assertThat(find(list.body(), "wechat").path("displayName").asString()).isEqualTo("WeChat official account");
    }

    @Test
    void secretsAreWriteOnlyAndKeptUntilRemoved() {
        String id = newId();
        ApiResponse configured = asAdmin().put("/api/v1/channels/" + id, Map.of("adapter", "sms",
                "settings", Map.of("gateway-url", "https://sms.example.com/send", "sender-id", "ACME"),
                "secrets", Map.of("auth-token", "tok-very-secret-1", "inbound-secret", "in-very-secret-2")));

        assertThat(configured.status()).as("%s", configured).isEqualTo(200);
        assertThat(configured.body().path("state").asString()).isEqualTo("ACTIVE");
        assertThat(configured.body().path("settings").path("sender-id").asString()).isEqualTo("ACME");
        assertThat(configured.body().path("secrets").toString()).isEqualTo("[\"auth-token\",\"inbound-secret\"]");
        assertThat(configured.rawBody()).doesNotContain("very-secret");
        assertThat(asAdmin().get("/api/v1/channels/" + id).rawBody()).doesNotContain("very-secret");
        assertThat(asAdmin().get("/api/v1/channels").rawBody()).doesNotContain("very-secret");
        assertThat(asAdmin().get("/api/v1/audit?recordType=Channel&recordId=" + id).rawBody())
                .doesNotContain("very-secret");

        // A later edit without secrets keeps them; an empty value removes one.
        ApiResponse edited = asAdmin().put("/api/v1/channels/" + id, Map.of("settings",
                Map.of("gateway-url", "https://sms.example.com/v2/send"), "secrets", Map.of("inbound-secret", "")));
        assertThat(edited.body().path("secrets").toString()).isEqualTo("[\"auth-token\"]");
        assertThat(edited.body().path("adapter").asString()).isEqualTo("sms");
        assertThat(edited.body().path("settings").has("sender-id")).isFalse();

        assertThat(asAdmin().post("/api/v1/channels/" + id + "/disable", Map.of()).body().path("state").asString())
                .isEqualTo("DISABLED");
        assertThat(asAdmin().delete("/api/v1/channels/" + id).status()).isEqualTo(204);
        assertThat(asAdmin().get("/api/v1/channels/" + id).status()).isEqualTo(404);
    }

    @Test
    void badConfigurationsAreNamed() {
        ApiResponse badId = asAdmin().put("/api/v1/channels/Bad_Id", Map.of("adapter", "sms"));
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.body().path("errors").get(0).path("field").asString()).isEqualTo("id");

        ApiResponse noAdapter = asAdmin().put("/api/v1/channels/" + newId().replace("sms", "fax"), Map.of());
        assertThat(noAdapter.status()).isEqualTo(400);
        assertThat(noAdapter.body().path("errors").get(0).path("field").asString()).isEqualTo("adapter");

        Map<String, Object> tooLong = new HashMap<>(Map.of("adapter", "sms", "settings",
                Map.of("gateway-url", "x".repeat(9000))));
        ApiResponse longValue = asAdmin().put("/api/v1/channels/" + newId(), tooLong);
        assertThat(longValue.status()).isEqualTo(400);
        assertThat(longValue.body().path("errors").get(0).path("field").asString()).isEqualTo("settings.gateway-url");

        ApiResponse notJson = asAdmin().postRaw("/api/v1/channels/sms/test-message", "application/json", "{");
        assertThat(notJson.status()).isEqualTo(400);
        ApiResponse noRecipient = asAdmin().post("/api/v1/channels/sms/test-message", Map.of("body", "hi"));
        assertThat(noRecipient.status()).isEqualTo(400);
        assertThat(noRecipient.body().path("errors").get(0).path("field").asString()).isEqualTo("recipient");
    }

    @Test
    void aTestMessageIsQueuedThroughTheOutbox() {
        String id = newId();
        asAdmin().put("/api/v1/channels/" + id, Map.of("adapter", "sms", "enabled", false));

        ApiResponse queued = asAdmin().post("/api/v1/channels/" + id + "/test-message",
                Map.of("recipient", "+8613800000000", "body", "Test from the CRM"));

        assertThat(queued.status()).isEqualTo(202);
        String location = queued.header("Location");
        assertThat(location).startsWith("/api/v1/outbox/");
        ApiResponse message = asAdmin().get(location);
        assertThat(message.body().path("channel").asString()).isEqualTo(id);
        assertThat(message.body().path("status").asString()).isEqualTo("PENDING");
        assertThat(asAdmin().post("/api/v1/channels/no-such/test-message",
                Map.of("recipient", "x", "body", "y")).status()).isEqualTo(404);
    }

    @Test
    void onlyAdministratorsConfigureAndIntegratorsRead() {
        ApiClient integrator = asNewStaff(Role.INTEGRATOR);
        ApiClient agent = asNewStaff(Role.AGENT);

        assertThat(integrator.get("/api/v1/channels").status()).isEqualTo(200);
        assertThat(integrator.get("/api/v1/plugins").status()).isEqualTo(200);
        assertThat(integrator.put("/api/v1/channels/" + newId(), Map.of("adapter", "sms")).status()).isEqualTo(403);
        assertThat(integrator.post("/api/v1/plugins/crm-channel-sms/disable", Map.of()).status()).isEqualTo(403);
        assertThat(agent.get("/api/v1/channels").status()).isEqualTo(403);
        assertThat(agent.get("/api/v1/outbox").status()).isEqualTo(403);
        assertThat(anonymous().get("/api/v1/channels").status()).isEqualTo(401);
    }

    private static JsonNode find(JsonNode channels, String id) {
        for (JsonNode channel : channels) {
            if (id.equals(channel.path("id").asString())) {
                return channel;
            }
        }
        throw new AssertionError("no channel " + id + " in " + channels);
    }
}
