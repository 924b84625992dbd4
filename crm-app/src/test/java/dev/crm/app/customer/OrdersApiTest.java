package dev.crm.app.customer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.core.api.Role;
import dev.crm.customer.api.CustomerDirectory;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class OrdersApiTest extends ApiIntegrationTest {

    @Autowired
    CustomerDirectory directory;

    private final String unique = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anOrderForAnUnknownCustomerRefRegistersTheCustomer() {
        ApiResponse recorded = asAdmin().post("/api/v1/orders", order("ERP-" + unique, "SO-" + unique, "199.90"));

        assertThat(recorded.status()).as("%s", recorded).isEqualTo(201);
        assertThat(recorded.header("Location")).endsWith("/api/v1/orders/SO-" + unique);
        assertThat(directory.findByContact("ERP-" + unique)).hasValueSatisfying(customer -> {
            assertThat(customer.id().value()).isEqualTo(recorded.body().get("customerId").asString());
            assertThat(customer.displayName()).isEqualTo("Customer ERP-" + unique);
        });
        assertThat(recorded.body().get("amount").decimalValue()).isEqualByComparingTo("199.90");
        assertThat(recorded.body().get("currency").asString()).isEqualTo("CNY");
    }

    @Test
    void recordingTheSameOrderAgainIsIdempotentAndDifferentDetailsConflict() {
        Map<String, Object> order = order("ERP-" + unique, "SO-" + unique, "50.00");
        assertThat(asAdmin().post("/api/v1/orders", order).status()).isEqualTo(201);

        ApiResponse again = asAdmin().post("/api/v1/orders", order);
        assertThat(again.status()).isEqualTo(200);

        order.put("amount", "51.00");
        ApiResponse changed = asAdmin().post("/api/v1/orders", order);
        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.rawBody()).contains("orderRef");
        ApiResponse stored = asAdmin().get("/api/v1/orders/SO-" + unique);
        assertThat(stored.body().get("amount").decimalValue()).isEqualByComparingTo("50.00");
    }

    @Test
    void badOrdersAreRefusedNamingEveryFaultyField() {
        Map<String, Object> order = order("ERP-" + unique, "SO-" + unique, "-5");
        order.put("currency", "XYZ");
        order.put("orderedAt", "2999-01-01T00:00:00Z");

        ApiResponse refused = asAdmin().post("/api/v1/orders", order);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused.body())).contains("amount", "currency", "orderedAt");
        assertThat(asAdmin().get("/api/v1/orders/SO-" + unique).status()).isEqualTo(404);
        assertThat(directory.findByContact("ERP-" + unique)).as("no half-written customer").isEmpty();
    }

    @Test
    void anOrderForAnExistingCustomerIdIsListedUnderTheCustomerNewestFirst() {
        String customerId = asAdmin().post("/api/v1/customers", Map.of("displayName", "Orders " + unique))
                .body().get("id").asString();
        Map<String, Object> older = order(null, "SO-A-" + unique, "10");
        older.put("customerId", customerId);
        older.put("orderedAt", "2025-01-01T08:00:00Z");
        Map<String, Object> newer = order(null, "SO-B-" + unique, "20");
        newer.put("customerId", customerId);
        newer.put("orderedAt", "2025-06-01T08:00:00Z");
        assertThat(asAdmin().post("/api/v1/orders", older).status()).isEqualTo(201);
        assertThat(asAdmin().post("/api/v1/orders", newer).status()).isEqualTo(201);

        ApiResponse listed = asNewStaff(Role.AGENT).get("/api/v1/customers/" + customerId + "/orders");

        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body().get("total").asLong()).isEqualTo(2);
        assertThat(listed.body().get("items").get(0).get("orderRef").asString()).isEqualTo("SO-B-" + unique);
    }

    @Test
    void anOrderForAnUnknownCustomerIdIsNamed() {
        Map<String, Object> order = order(null, "SO-" + unique, "10");
        order.put("customerId", "no-such-customer");
        ApiResponse refused = asAdmin().post("/api/v1/orders", order);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused.body())).contains("customerId");
    }

    @Test
    void agentsCannotRecordOrders() {
        ApiClient agent = asNewStaff(Role.AGENT);
        assertThat(agent.post("/api/v1/orders", order("ERP-" + unique, "SO-" + unique, "1")).status())
                .isEqualTo(403);
    }

    static java.util.List<String> fields(JsonNode problem) {
        return problem.get("errors").values().stream().map(error -> error.get("field").asString()).toList();
    }

    private static Map<String, Object> order(String customerRef, String orderRef, String amount) {
        Map<String, Object> order = new HashMap<>();
        order.put("customerRef", customerRef);
        order.put("orderRef", orderRef);
        order.put("orderedAt", "2026-03-01T10:15:00Z");
        order.put("amount", amount);
        order.put("currency", "CNY");
        order.put("productCategory", "electronics");
        order.put("channel", "online");
        return order;
    }
}
