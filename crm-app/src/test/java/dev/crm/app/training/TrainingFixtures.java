package dev.crm.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Test data builders for the training API: units, profiles, courses. Codes carry a fresh suffix. */
final class TrainingFixtures {

    private TrainingFixtures() {
    }

    static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    static String username(ApiClient client) {
        return client.get("/api/v1/me").body().get("username").asString();
    }

    static Map<String, Object> unit(String code, String tier, String parent) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", code + " unit");
        body.put("tier", tier);
        body.put("parentCode", parent);
        return body;
    }

    /** HQ committee → business-unit quality group → frontline team; returns the team's code. */
    static String organisation(ApiClient hr, String suffix) {
        created(hr.post("/api/v1/training/departments", unit("HQ-" + suffix, "HQ_QUALITY_COMMITTEE", null)));
        created(hr.post("/api/v1/training/departments", unit("BU-" + suffix, "BUSINESS_UNIT_QUALITY_GROUP",
                "HQ-" + suffix)));
        created(hr.post("/api/v1/training/departments", unit("TEAM-" + suffix, "FRONTLINE_TEAM", "BU-" + suffix)));
        return "TEAM-" + suffix;
    }

    static Map<String, Object> profile(String username, String department, String supervisor) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("role", "AGENT");
        body.put("departmentCode", department);
        body.put("supervisor", supervisor);
        body.put("hireDate", "2024-03-01");
        body.put("skills", List.of("complaint handling"));
        return body;
    }

    static Map<String, Object> course(String code, String deliveryForm) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("title", "Course " + code);
        body.put("category", "SERVICE_SKILLS");
        body.put("deliveryForm", deliveryForm);
        body.put("durationMinutes", 60);
        return body;
    }

    static ApiResponse created(ApiResponse response) {
        assertThat(response.status()).as("creating: %s", response).isEqualTo(201);
        return response;
    }

    static List<String> fields(ApiResponse problem) {
        List<String> fields = new ArrayList<>();
        JsonNode errors = problem.body().get("errors");
        if (errors != null) {
            errors.values().forEach(error -> fields.add(error.get("field").asString()));
        }
        return fields;
    }
}
