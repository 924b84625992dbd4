package dev.crm.app.complaint;

import static dev.crm.app.complaint.ComplaintRequests.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** Test data builders for surveys: customers with a channel, complaints taken to resolution, links. */
final class SurveyRequests {

    private static final Pattern LINK = Pattern.compile("/surveys/([A-Za-z0-9_-]{64})");

    private SurveyRequests() {
    }

    /** A customer who consented to e-mail and prefers it; returns {id, email}. */
    static String[] customerOnEmail(ApiClient staff) {
        String email = "survey." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Map<String, Object> profile = new HashMap<>(Map.of("displayName", "Lin Hui", "email", email,
                "consents", List.of("EMAIL"), "preferredChannel", "EMAIL"));
        ApiResponse created = staff.post("/api/v1/customers", profile);
        assertThat(created.status()).as("customer: %s", created).isEqualTo(201);
        return new String[] {created.body().get("id").asString(), email};
    }

    /** A phone complaint of a known customer, by the agent. */
    static String registerFor(ApiClient agent, String customerId) {
        Map<String, Object> body = new HashMap<>(Map.of("channel", "PHONE", "customerId", customerId,
                "description", "The kettle stopped heating after two days", "customerDemand", "Replace the kettle",
                "occurredAt", Instant.now().minus(2, ChronoUnit.DAYS).toString(), "impactScope", "SINGLE_CUSTOMER"));
        ApiResponse created = agent.post("/api/v1/complaints", body);
        assertThat(created.status()).as("registering: %s", created).isEqualTo(201);
        return created.body().get("number").asString();
    }

    /** Accepts, assesses, assigns to after-sales, starts and resolves; returns the resolve answer. */
    static ApiResponse resolve(ApiClient agent, String number) {
        assertThat(agent.post(path(number, "accept"), Map.of()).status()).isEqualTo(200);
        agent.post(path(number, "assess"), Map.of("grade", "LEVEL_2", "type", "PRODUCT_QUALITY"));
        agent.post(path(number, "assign"), Map.of("department", "after-sales"));
        assertThat(agent.post(path(number, "start"), Map.of()).status()).isEqualTo(200);
        ApiResponse resolved = agent.post(path(number, "resolve"), Map.of("solution", "A new kettle was sent",
                "customerNotifiedVia", "phone"));
        assertThat(resolved.status()).as("resolving: %s", resolved).isEqualTo(200);
        return resolved;
    }

    /** The survey link messages queued for a complaint, oldest first. */
    static List<Document> surveyMessages(MongoTemplate mongo, String number) {
        return mongo.find(Query.query(where("relatedRecordId").is(number).and("dedupeKey").regex("^survey:"))
                .with(org.springframework.data.domain.Sort.by("createdAt", "_id")), Document.class,
                "outbound_messages");
    }

    /** The token of the latest survey link sent about a complaint. */
    static String latestToken(MongoTemplate mongo, String number) {
        List<Document> messages = surveyMessages(mongo, number);
        assertThat(messages).as("survey links of %s", number).isNotEmpty();
        return tokenIn(messages.get(messages.size() - 1));
    }

    static String tokenIn(Document message) {
        Matcher link = LINK.matcher(message.getString("body"));
        assertThat(link.find()).as("a survey link in %s", message.getString("body")).isTrue();
        return link.group(1);
    }

    /** The complaint's surveys as stored, oldest first. */
    static List<Document> surveysOf(MongoTemplate mongo, String number) {
        return mongo.find(Query.query(where("complaintNumber").is(number))
                .with(org.springframework.data.domain.Sort.by("createdAt", "_id")), Document.class, "surveys");
    }

    static Map<String, Object> answer(Object csat, Object nps, String comment) {
        Map<String, Object> answer = new HashMap<>();
        answer.put("csat", csat);
        if (nps != null) {
            answer.put("nps", nps);
        }
        if (comment != null) {
            answer.put("comment", comment);
        }
        return answer;
    }

    /** The fields a problem response names. */
    static List<String> fieldsOf(tools.jackson.databind.JsonNode problem) {
        assertThat(problem.has("errors")).as("fields named in %s", problem).isTrue();
        return problem.get("errors").values().stream().map(error -> error.get("field").asString()).toList();
    }

    static String surveyPath(String token) {
        return "/api/v1/surveys/" + token;
    }
}
