package dev.crm.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.core.api.Role;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The agent pages refuse on the server what they do not offer: the same rules as the API, checked
 * by posting the forms directly.
 */
class AgentPagesAuthorizationTest extends ApiIntegrationTest {

    @Test
    void anAgentCannotActOnAnotherAgentsComplaintByPostingTheForm() {
        ApiClient owner = asNewStaff(Role.AGENT);
        String number = registered(owner);
        assertThat(owner.post("/api/v1/complaints/" + number + "/accept", Map.of()).status()).isEqualTo(200);
        long version = owner.get("/api/v1/complaints/" + number).body().path("version").asLong();
        ConsoleSession other = staff(Role.AGENT).console();

        HttpResponse<String> page = other.get("/console/agent/complaints/" + number);
        HttpResponse<String> assess = other.post("/console/agent/complaints/" + number + "/actions/assess",
                Map.of("version", Long.toString(version), "grade", "LEVEL_1", "type", "PRICE"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("class=\"action-form\"");
        assertThat(assess.statusCode()).isEqualTo(403);
        // Refused by the complaint's who-may-act rule (the console's error page), not for a missing token.
        assertThat(assess.body()).contains("data-testid=\"console-error\"");
        ApiResponse after = owner.get("/api/v1/complaints/" + number);
        assertThat(after.body().path("state").asText()).isEqualTo("ACCEPTED");
        assertThat(after.body().path("grade").isNull()).isTrue();
    }

    @Test
    void aStepTheStateDoesNotAllowIsRefusedWithAPageAndChangesNothing() {
        Login login = staff(Role.AGENT);
        ApiClient agent = login.api();
        String number = registered(agent);
        long version = agent.get("/api/v1/complaints/" + number).body().path("version").asLong();
        ConsoleSession session = login.console();

        HttpResponse<String> resolve = session.post("/console/agent/complaints/" + number + "/actions/resolve",
                Map.of("version", Long.toString(version), "solution", "Refunded", "customerNotifiedVia", "PHONE"));

        assertThat(resolve.statusCode()).isEqualTo(409);
        assertThat(resolve.body()).contains("data-testid=\"console-error\"");
        assertThat(agent.get("/api/v1/complaints/" + number).body().path("state").asText()).isEqualTo("REGISTERED");
    }

    @Test
    void aStalePageCannotAct() {
        Login login = staff(Role.AGENT);
        ApiClient agent = login.api();
        String number = registered(agent);
        long seen = agent.get("/api/v1/complaints/" + number).body().path("version").asLong();
        assertThat(agent.post("/api/v1/complaints/" + number + "/accept", Map.of()).status()).isEqualTo(200);
        ConsoleSession session = login.console();

        HttpResponse<String> assess = session.post("/console/agent/complaints/" + number + "/actions/assess",
                Map.of("version", Long.toString(seen), "grade", "LEVEL_1", "type", "PRICE"));

        assertThat(assess.statusCode()).isEqualTo(409);
        assertThat(agent.get("/api/v1/complaints/" + number).body().path("grade").isNull()).isTrue();
    }

    @Test
    void aRoleThatMayNotRegisterComplaintsIsRefusedAndNothingIsRegistered() {
        ConsoleSession hr = staff(Role.HR).console();
        String description = "Should never be registered " + UUID.randomUUID();

        HttpResponse<String> posted = hr.post("/console/agent/complaints", Map.of("channel", "PHONE",
                "contactHint", "+8613800000000", "description", description, "customerDemand", "Nothing",
                "occurredAt", "2026-01-05T08:00", "impactScope", "SINGLE_CUSTOMER"));

        assertThat(posted.statusCode()).isEqualTo(403);
        assertThat(posted.body()).contains("data-testid=\"console-error\"");
        ApiResponse found = asAdmin().get("/api/v1/complaints?text=" + description.replace(" ", "%20"));
        assertThat(found.body().path("total").asLong()).isZero();
    }

    /** A fresh staff account, usable both through the API and through the console. */
    private record Login(String username, String password, String baseUrl) {

        ApiClient api() {
            return ApiClient.signedIn(baseUrl, username, password);
        }

        ConsoleSession console() {
            return ConsoleSession.signedIn(baseUrl, username, password);
        }
    }

    private Login staff(Role role) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Login login = new Login("console-" + suffix, "Lantern-" + suffix + "-42x", baseUrl());
        ApiResponse opened = asAdmin().post("/api/v1/staff", Map.of("username", login.username(), "password",
                login.password(), "displayName", "Console " + suffix, "roles", List.of(role.name())));
        assertThat(opened.status()).isEqualTo(201);
        return login;
    }

    private String registered(ApiClient agent) {
        Map<String, Object> body = new HashMap<>(Map.of("channel", "PHONE", "contactHint", "caller-" + UUID.randomUUID(),
                "description", "Router keeps dropping", "customerDemand", "Fix it", "occurredAt",
                "2026-01-05T08:00:00Z", "impactScope", "SINGLE_CUSTOMER"));
        ApiResponse registered = agent.post("/api/v1/complaints", body);
        assertThat(registered.status()).isEqualTo(201);
        return registered.body().path("number").asText();
    }
}
