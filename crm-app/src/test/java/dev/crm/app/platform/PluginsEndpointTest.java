package dev.crm.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.core.api.Role;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PluginsEndpointTest extends ApiIntegrationTest {

    @Test
    void theBundledChannelPluginsAreListedStartedWithTheirVersionAndChannels() {
        ApiResponse list = asNewStaff(Role.INTEGRATOR).get("/api/v1/plugins");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().isArray()).isTrue();
        List<String> started = new ArrayList<>();
        for (JsonNode plugin : list.body()) {
            if ("STARTED".equals(plugin.path("state").asString())) {
                started.add(plugin.path("id").asString() + " " + plugin.path("version").asString() + " "
                        + plugin.path("channelAdapters").toString());
            }
        }
        assertThat(started).contains("crm-channel-email 0.1.0-SNAPSHOT [\"email\"]",
                "crm-channel-sms 0.1.0-SNAPSHOT [\"sms\"]", "crm-channel-wechat 0.1.0-SNAPSHOT [\"wechat\"]",
                "crm-channel-webhook 0.1.0-SNAPSHOT [\"webhook\"]");
    }

    @Test
    void agentsCannotListPlugins() {
        assertThat(asNewStaff(Role.AGENT).get("/api/v1/plugins").status()).isEqualTo(403);
    }
}
