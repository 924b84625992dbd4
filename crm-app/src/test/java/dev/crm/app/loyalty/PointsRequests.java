package dev.crm.app.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Test data builder for points transactions over the API. */
final class PointsRequests {

    private PointsRequests() {
    }

    static String newCustomer(ApiClient admin) {
        ApiResponse created = admin.post("/api/v1/customers",
                Map.of("displayName", "Points " + UUID.randomUUID().toString().substring(0, 8)));
        assertThat(created.status()).as("creating a customer: %s", created).isEqualTo(201);
        return created.body().get("id").asString();
    }

    static String transactions(String customerId) {
        return "/api/v1/loyalty/accounts/" + customerId + "/transactions";
    }

    static Map<String, Object> earn(long points, String reference) {
        Map<String, Object> body = new HashMap<>(Map.of("type", "EARN", "points", points, "kind", "PURCHASE"));
        if (reference != null) {
            body.put("reference", reference);
        }
        return body;
    }

    static Map<String, Object> redeem(long points, String reference) {
        Map<String, Object> body = new HashMap<>(Map.of("type", "REDEEM", "points", points));
        if (reference != null) {
            body.put("reference", reference);
        }
        return body;
    }

    static Map<String, Object> reverse(String reference) {
        return new HashMap<>(Map.of("type", "REVERSE", "reference", reference, "reason", "refund"));
    }

    static ApiResponse post(ApiClient client, String customerId, Map<String, Object> body) {
        return client.postWithHeader(transactions(customerId), "Idempotency-Key", UUID.randomUUID().toString(), body);
    }

    static ApiResponse posted(ApiClient client, String customerId, Map<String, Object> body) {
        ApiResponse response = post(client, customerId, body);
        assertThat(response.status()).as("posting %s: %s", body, response).isEqualTo(201);
        return response;
    }

    static List<String> fieldsOf(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").values().forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }
}
