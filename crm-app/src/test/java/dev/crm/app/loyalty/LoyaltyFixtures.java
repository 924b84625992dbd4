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

/** Builds loyalty request bodies and records the customers and orders loyalty tests need. */
final class LoyaltyFixtures {

    private LoyaltyFixtures() {
    }

    /** A three-level program (by points, Gold also by spend, Gold with priority service) with a base rule. */
    static ProgramBuilder aProgram(String name) {
        return new ProgramBuilder(name);
    }

    static final class ProgramBuilder {
        private final Map<String, Object> body = new HashMap<>();
        private final List<Map<String, Object>> rules = new ArrayList<>();

        ProgramBuilder(String name) {
            body.put("name", name);
            body.put("currency", "CNY");
            body.put("qualificationWindowMonths", 12);
            body.put("downgrade", Map.of("graceDays", 30));
            body.put("enrolment", "EXPLICIT");
            body.put("levels", List.of(
                    level("MEMBER", 1, 0, null, "1", false),
                    level("SILVER", 2, 1_000, null, "1.5", false),
                    level("GOLD", 3, 5_000, "100000", "2", true)));
            body.put("earnRules", rules);
        }

        ProgramBuilder automatic() {
            body.put("enrolment", "AUTOMATIC");
            return this;
        }

        ProgramBuilder with(String field, Object value) {
            body.put(field, value);
            return this;
        }

        ProgramBuilder perUnit(String code, String points, List<String> categories, List<String> channels,
                               Map<String, Object> cap) {
            Map<String, Object> rule = new HashMap<>();
            rule.put("code", code);
            rule.put("kind", "PER_CURRENCY_UNIT");
            rule.put("pointsPerUnit", points);
            rule.put("productCategories", categories);
            rule.put("channels", channels);
            rule.put("cap", cap);
            rules.add(rule);
            return this;
        }

        ProgramBuilder fixed(String kind, long points, boolean multiplied, Map<String, Object> cap) {
            Map<String, Object> rule = new HashMap<>();
            rule.put("code", kind);
            rule.put("kind", kind);
            rule.put("points", points);
            rule.put("multipliedByLevel", multiplied);
            rule.put("cap", cap);
            rules.add(rule);
            return this;
        }

        Map<String, Object> body() {
            return body;
        }
    }

    static Map<String, Object> level(String code, int rank, long points, String spend, String multiplier,
                                     boolean priority) {
        Map<String, Object> level = new HashMap<>();
        level.put("code", code);
        level.put("name", code.charAt(0) + code.substring(1).toLowerCase());
        level.put("rank", rank);
        level.put("qualifyingPoints", points);
        level.put("qualifyingSpend", spend);
        level.put("earnMultiplier", multiplier);
        level.put("priorityService", priority);
        level.put("discountPercent", priority ? "10" : "0");
        return level;
    }

    static String define(ApiClient admin, ProgramBuilder program) {
        ApiResponse created = admin.post("/api/v1/loyalty/programs", program.body());
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created.body().get("id").asString();
    }

    /** A new customer, by recording one order in CNY for a fresh external reference; returns the customer id. */
    static String customerWithOrder(ApiClient admin, String amount, String category, String channel,
                                    String orderedAt) {
        String ref = "LOY-" + UUID.randomUUID();
        return order(admin, ref, "SO-" + UUID.randomUUID(), amount, category, channel, orderedAt)
                .get("customerId").asString();
    }

    static JsonNode order(ApiClient admin, String customerRef, String orderRef, String amount, String category,
                          String channel, String orderedAt) {
        Map<String, Object> order = new HashMap<>();
        order.put("customerRef", customerRef);
        order.put("orderRef", orderRef);
        order.put("orderedAt", orderedAt);
        order.put("amount", amount);
        order.put("currency", "CNY");
        order.put("productCategory", category);
        order.put("channel", channel);
        ApiResponse recorded = admin.post("/api/v1/orders", order);
        assertThat(recorded.status()).as("%s", recorded).isEqualTo(201);
        return recorded.body();
    }

    static JsonNode orderFor(ApiClient admin, String customerId, String orderRef, String amount, String category,
                             String channel, String orderedAt) {
        Map<String, Object> order = new HashMap<>();
        order.put("customerId", customerId);
        order.put("orderRef", orderRef);
        order.put("orderedAt", orderedAt);
        order.put("amount", amount);
        order.put("currency", "CNY");
        order.put("productCategory", category);
        order.put("channel", channel);
        ApiResponse recorded = admin.post("/api/v1/orders", order);
        assertThat(recorded.status()).as("%s", recorded).isEqualTo(201);
        return recorded.body();
    }

    static String newCustomer(ApiClient admin) {
        ApiResponse created = admin.post("/api/v1/customers", Map.of("displayName", "Loyal " + UUID.randomUUID()));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created.body().get("id").asString();
    }

    static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").values().forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }
}
