package dev.crm.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.core.api.Role;
import org.junit.jupiter.api.Test;

class PluginsEndpointTest extends ApiIntegrationTest {

    @Test
    void withNoPluginsInstalledTheListIsEmpty() {
        ApiResponse list = asNewStaff(Role.INTEGRATOR).get("/api/v1/plugins");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().isArray()).isTrue();
        assertThat(list.body().size()).isZero();
    }

    @Test
    void agentsCannotListPlugins() {
        assertThat(asNewStaff(Role.AGENT).get("/api/v1/plugins").status()).isEqualTo(403);
    }
}
