package dev.crm.app.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Test data builders for complaints that detection should (or should not) group, and for problem records. */
final class ProblemFixtures {

    private ProblemFixtures() {
    }

    /** A fresh value no other test uses: a contact hint, a product reference. */
    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A complaint registration from a contact, received at the given instant. */
    static Map<String, Object> complaint(String contactHint, Instant receivedAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("channel", "WEB_FORM");
        body.put("contactHint", contactHint);
        body.put("description", "The kettle stopped heating");
        body.put("customerDemand", "Replace the kettle");
        body.put("receivedAt", receivedAt.toString());
        body.put("occurredAt", receivedAt.minus(Duration.ofHours(1)).toString());
        body.put("impactScope", "SINGLE_CUSTOMER");
        return body;
    }

    static Map<String, Object> about(Map<String, Object> complaint, String productReference) {
        complaint.put("productReference", productReference);
        return complaint;
    }

    /** Registers and accepts; answers the number. */
    static String registerAccepted(ApiClient agent, Map<String, Object> complaint) {
        ApiResponse created = agent.post("/api/v1/complaints", complaint);
        assertThat(created.status()).as("registering: %s", created).isEqualTo(201);
        String number = created.body().get("number").asString();
        ApiResponse accepted = agent.post("/api/v1/complaints/" + number + "/accept", Map.of());
        assertThat(accepted.status()).as("accepting: %s", accepted).isEqualTo(200);
        return number;
    }

    static ApiResponse assess(ApiClient agent, String number, String type) {
        ApiResponse assessed = agent.post("/api/v1/complaints/" + number + "/assess",
                Map.of("grade", "LEVEL_2", "type", type));
        assertThat(assessed.status()).as("assessing: %s", assessed).isEqualTo(200);
        return assessed;
    }

    /** Registers, accepts and assesses; answers the assessment's response. */
    static ApiResponse complain(ApiClient agent, Map<String, Object> complaint, String type) {
        return assess(agent, registerAccepted(agent, complaint), type);
    }

    static ApiResponse complaintOf(ApiClient client, String number) {
        return client.get("/api/v1/complaints/" + number);
    }

    static String text(ApiResponse response, String field) {
        var node = response.body().get(field);
        return node == null || node.isNull() ? null : node.asString();
    }
}
