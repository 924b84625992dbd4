package dev.crm.app.loyalty;

import static dev.crm.app.loyalty.LoyaltyFixtures.aProgram;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A complaint SLA policy can condition on the loyalty level's priority service. */
class PriorityServiceSlaTest extends ApiIntegrationTest {

    @Autowired
    Clock clock;

    @Test
    void aPriorityMembersComplaintGetsThePriorityPolicyAndOthersDoNot() {
        ApiClient admin = asAdmin();
        String program = LoyaltyFixtures.define(admin, aProgram("Priority club").with("levels", List.of(
                LoyaltyFixtures.level("VIP", 1, 0, null, "1", true))));
        String u = UUID.randomUUID().toString();
        String orderedAt = clock.instant().minus(Duration.ofDays(2)).toString();
        String vip = LoyaltyFixtures.order(admin, "VIP-" + u, "SO-V-" + u, "10", "books", "store", orderedAt)
                .get("customerId").asString();
        LoyaltyFixtures.order(admin, "PLAIN-" + u, "SO-P-" + u, "10", "books", "store", orderedAt);
        assertThat(admin.post("/api/v1/loyalty/programs/" + program + "/members", Map.of("customerId", vip))
                .status()).isEqualTo(201);
        String policyId = "priority-" + u.substring(0, 8);
        Map<String, Object> policy = new HashMap<>();
        policy.put("id", policyId);
        policy.put("name", "Priority members are accepted within 20 minutes");
        policy.put("position", 1);
        policy.put("priorityService", true);
        policy.put("targets", Map.of("ACCEPT", "PT20M"));
        policy.put("active", true);
        try {
            ApiResponse created = admin.post("/api/v1/sla-policies", policy);
            assertThat(created.status()).as("%s", created).isEqualTo(201);
            assertThat(admin.get("/api/v1/sla-policies/" + policyId).body().get("priorityService").asBoolean())
                    .isTrue();

            JsonNode vipAccept = acceptDeadline(admin, "VIP-" + u);
            JsonNode plainAccept = acceptDeadline(admin, "PLAIN-" + u);

            assertThat(vipAccept.get("policyId").asString()).isEqualTo(policyId);
            assertThat(vipAccept.get("targetMinutes").asLong()).isEqualTo(20);
            assertThat(plainAccept.get("policyId").asString()).isNotEqualTo(policyId);
        } finally {
            admin.delete("/api/v1/sla-policies/" + policyId);
        }
    }

    private JsonNode acceptDeadline(ApiClient admin, String contact) {
        Map<String, Object> complaint = new HashMap<>(Map.of("channel", "EMAIL", "contactHint", contact,
                "description", "The parcel arrived damaged", "impactScope", "SINGLE_CUSTOMER",
                "occurredAt", clock.instant().minus(Duration.ofDays(1)).toString(), "customerDemand", "Replacement"));
        ApiResponse registered = admin.post("/api/v1/complaints", complaint);
        assertThat(registered.status()).as("%s", registered).isEqualTo(201);
        return registered.body().get("deadlines").values().stream()
                .filter(d -> d.get("milestone").asString().equals("ACCEPT")).findFirst().orElseThrow();
    }
}
