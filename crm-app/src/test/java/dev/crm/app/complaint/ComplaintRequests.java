package dev.crm.app.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/** Test data builder for complaint requests over the API. */
final class ComplaintRequests {

    private ComplaintRequests() {
    }

    /** A complete phone registration; a fresh mutable map, so tests can remove or change fields. */
    static Map<String, Object> complaint() {
        Map<String, Object> body = new HashMap<>();
        body.put("channel", "PHONE");
        body.put("contactHint", "+8613800000000");
        body.put("description", "The kettle stopped heating after two days");
        body.put("customerDemand", "Replace the kettle");
        body.put("occurredAt", Instant.now().minus(2, ChronoUnit.DAYS).toString());
        body.put("impactScope", "SINGLE_CUSTOMER");
        return body;
    }

    static String register(ApiClient client) {
        ApiResponse created = client.post("/api/v1/complaints", complaint());
        assertThat(created.status()).as("registering: %s", created).isEqualTo(201);
        return created.body().get("number").asString();
    }

    static String path(String number, String command) {
        return "/api/v1/complaints/" + number + "/" + command;
    }
}
