package dev.crm.app.problem;

import static dev.crm.app.problem.ProblemFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.complaint.application.CrisisWatch;
import dev.crm.core.api.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/** A crisis communication to the CUSTOMERS reaches each affected customer once, also across a crash. */
class CrisisCommunicationsTest extends ApiIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    CrisisWatch watch;

    @Test
    void eachCustomerOfTheCrisisComplaintsIsToldOnceOnTheirChannel() {
        Affected affected = crisisWithTwoCustomers();

        ApiResponse told = affected.supervisor.post("/api/v1/crises/" + affected.crisis + "/communications",
                Map.of("channel", "press", "audience", "CUSTOMERS", "message", "We are recalling the heaters"));
        ApiResponse published = affected.supervisor.post("/api/v1/crises/" + affected.crisis + "/communications",
                Map.of("channel", "weibo", "audience", "PUBLIC", "message", "Statement on heaters"));

        assertThat(told.status()).as("%s", told).isEqualTo(200);
        JsonNode communications = published.body().get("communications");
        assertThat(communications.get(0).get("sequence").asInt()).isEqualTo(1);
        assertThat(communications.get(0).get("recipients").asInt()).isEqualTo(2);
        assertThat(communications.get(0).get("deliveredAt").isNull()).isFalse();
        assertThat(communications.get(1).get("recipients").isNull()).as("the public is not messaged").isTrue();
        assertThat(messagesTo(affected.emailOfTwo, affected.crisis)).singleElement()
                .satisfies(m -> assertThat(m.getString("body")).isEqualTo("We are recalling the heaters"));
        assertThat(messagesTo(affected.emailOfOne, affected.crisis)).hasSize(1);
        assertThat(mongo.count(Query.query(where("relatedRecordId").is(affected.crisis)
                .and("body").is("Statement on heaters")), "outbound_messages")).isZero();
    }

    @Test
    void theWatchDeliversACommunicationACrashLeftUndelivered() {
        Affected affected = crisisWithTwoCustomers();
        affected.supervisor.post("/api/v1/crises/" + affected.crisis + "/communications",
                Map.of("channel", "press", "audience", "CUSTOMERS", "message", "Heaters: what to do"));
        // As if the node died after saving the communication and enqueuing one of the two messages.
        mongo.remove(Query.query(where("recipient").is(affected.emailOfOne).and("relatedRecordId").is(affected.crisis)),
                "outbound_messages");
        Instant now = Instant.now();
        mongo.updateFirst(Query.query(where("number").is(affected.crisis)), new Update()
                .unset("communications.0.deliveredAt").unset("communications.0.recipients")
                .set("deliveryPendingSince", Date.from(now.minus(Duration.ofMinutes(5)))), "crises");

        int delivered = watch.deliverUndelivered(now);

        assertThat(delivered).isGreaterThanOrEqualTo(1);
        assertThat(messagesTo(affected.emailOfOne, affected.crisis)).hasSize(1);
        assertThat(messagesTo(affected.emailOfTwo, affected.crisis)).as("told once, not twice").hasSize(1);
        JsonNode crisis = affected.supervisor.get("/api/v1/crises/" + affected.crisis).body();
        assertThat(crisis.at("/communications/0/recipients").asInt()).isEqualTo(2);
        assertThat(watch.deliverUndelivered(now)).as("nothing left to deliver for it").isZero();
    }

    /** The crisis's messages only: each complaint's acknowledgement went to the same address. */
    private List<Document> messagesTo(String email, String crisis) {
        return mongo.find(Query.query(where("recipient").is(email).and("relatedRecordId").is(crisis)), Document.class,
                "outbound_messages");
    }

    private record Affected(ApiClient supervisor, String crisis, String emailOfTwo, String emailOfOne) {
    }

    /** Two customers reachable by e-mail; the first with two complaints, both linked to the crisis's problem. */
    private Affected crisisWithTwoCustomers() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String emailOfTwo = "qian." + suffix + "@example.com";
        String emailOfOne = "sun." + suffix + "@example.com";
        ApiClient supervisor = asNewStaff(Role.SUPERVISOR);
        String problem = text(supervisor.post("/api/v1/problems", Map.of("title", "Heaters overheating " + suffix)),
                "number");
        for (String email : List.of(emailOfTwo, emailOfTwo, emailOfOne)) {
            String customer = customer(email);
            ApiResponse complaint = asAdmin().post("/api/v1/complaints", Map.of("channel", "PHONE", "customerId",
                    customer, "description", "Heater caught fire", "customerDemand", "Refund",
                    "occurredAt", Instant.now().minusSeconds(7200).toString(), "impactScope", "BATCH"));
            assertThat(complaint.status()).as("%s", complaint).isEqualTo(201);
            ApiResponse linked = supervisor.post("/api/v1/problems/" + problem + "/complaints",
                    Map.of("number", text(complaint, "number")));
            assertThat(linked.status()).as("%s", linked).isBetween(200, 201);
        }
        Map<String, Object> declaration = new HashMap<>(CrisisApiTest.declaration("Heater fires", Instant.now()));
        declaration.put("problemId", problem);
        ApiResponse declared = supervisor.post("/api/v1/crises", declaration);
        assertThat(declared.status()).as("%s", declared).isEqualTo(201);
        return new Affected(supervisor, text(declared, "number"), emailOfTwo, emailOfOne);
    }

    private final Map<String, String> customers = new HashMap<>();

    private String customer(String email) {
        return customers.computeIfAbsent(email, address -> text(asAdmin().post("/api/v1/customers",
                Map.of("displayName", "Affected customer", "email", address, "consents", List.of("EMAIL"),
                        "preferredChannel", "EMAIL")), "id"));
    }
}
