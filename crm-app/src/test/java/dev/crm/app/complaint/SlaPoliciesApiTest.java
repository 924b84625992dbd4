package dev.crm.app.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.core.api.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SlaPoliciesApiTest extends ApiIntegrationTest {

    private final String id = "test-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theShippedSchemesArePresentInOrder() {
        ApiResponse list = asNewStaff(Role.AGENT).get("/api/v1/sla-policies");

        List<String> ids = new ArrayList<>();
        list.body().values().forEach(policy -> ids.add(policy.get("id").asString()));
        assertThat(ids).containsSubsequence("override-phone", "standard-level-1", "after-sales-level-1", "baseline");
        ApiResponse phone = asAdmin().get("/api/v1/sla-policies/override-phone");
        assertThat(phone.body().at("/targets/FIRST_RESPONSE").asString()).isEqualTo("PT15M");
        assertThat(asAdmin().get("/api/v1/sla-policies/after-sales-level-1").body().get("active").asBoolean())
                .isFalse();
    }

    @Test
    void aSupervisorAddsChangesAndDeletesAPolicyWithABusinessCalendar() {
        ApiClient supervisor = asNewStaff(Role.SUPERVISOR);
        Map<String, Object> policy = policy();

        ApiResponse created = supervisor.post("/api/v1/sla-policies", policy);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().at("/calendar/openingHours/MONDAY").asString()).isEqualTo("09:00-18:00");

        policy.put("name", "VIP electronics, renamed");
        policy.put("version", created.body().get("version").asLong());
        ApiResponse changed = supervisor.put("/api/v1/sla-policies/" + id, policy);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().get("name").asString()).isEqualTo("VIP electronics, renamed");

        ApiResponse stale = supervisor.put("/api/v1/sla-policies/" + id, policy);
        assertThat(stale.status()).isEqualTo(409);

        assertThat(supervisor.delete("/api/v1/sla-policies/" + id).status()).isEqualTo(204);
        assertThat(supervisor.get("/api/v1/sla-policies/" + id).status()).isEqualTo(404);
    }

    @Test
    void badPoliciesAreRefusedNamingTheField() {
        ApiClient admin = asAdmin();
        Map<String, Object> noTargets = policy();
        noTargets.put("targets", Map.of());
        assertThat(field(admin.post("/api/v1/sla-policies", noTargets))).isEqualTo("targets");

        Map<String, Object> negative = policy();
        negative.put("targets", Map.of("RESOLUTION", "-PT2H"));
        assertThat(field(admin.post("/api/v1/sla-policies", negative))).isEqualTo("targets.RESOLUTION");

        Map<String, Object> unknownMilestone = policy();
        unknownMilestone.put("targets", Map.of("LUNCH", "PT2H"));
        assertThat(admin.post("/api/v1/sla-policies", unknownMilestone).status()).isEqualTo(400);

        Map<String, Object> badHours = policy();
        badHours.put("calendar", Map.of("zone", "Asia/Shanghai", "openingHours", Map.of("MONDAY", "18:00-09:00")));
        assertThat(field(admin.post("/api/v1/sla-policies", badHours))).isEqualTo("calendar.openingHours.MONDAY");

        Map<String, Object> badZone = policy();
        badZone.put("calendar", Map.of("zone", "Mars/Olympus", "openingHours", Map.of("MONDAY", "09:00-18:00")));
        assertThat(field(admin.post("/api/v1/sla-policies", badZone))).isEqualTo("calendar.zone");

        Map<String, Object> badPause = policy();
        badPause.put("pauseStates", List.of("RESOLVED"));
        assertThat(field(admin.post("/api/v1/sla-policies", badPause))).isEqualTo("pauseStates");
    }

    @Test
    void agentsCannotEditPolicies() {
        assertThat(asNewStaff(Role.AGENT).post("/api/v1/sla-policies", policy()).status()).isEqualTo(403);
        assertThat(asNewStaff(Role.HR).get("/api/v1/sla-policies").status()).isEqualTo(403);
    }

    private static String field(ApiResponse response) {
        assertThat(response.status()).as("%s", response).isEqualTo(400);
        return response.body().get("errors").get(0).get("field").asString();
    }

    private Map<String, Object> policy() {
        Map<String, Object> body = new HashMap<>();
        body.put("id", id);
        body.put("name", "VIP electronics");
        body.put("position", 5);
        body.put("productCategories", List.of("electronics"));
        body.put("customerTiers", List.of("A"));
        body.put("targets", Map.of("FIRST_RESPONSE", "PT30M", "RESOLUTION", "PT8H"));
        body.put("calendar", Map.of("zone", "Asia/Shanghai", "openingHours", Map.of("MONDAY", "09:00-18:00",
                "TUESDAY", "09:00-18:00"), "holidays", List.of("2026-10-01")));
        body.put("pauseStates", List.of("ON_HOLD"));
        body.put("active", false);
        return body;
    }
}
