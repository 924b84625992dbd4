package dev.crm.app.problem;

import static dev.crm.app.problem.ProblemFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.complaint.application.Crises;
import dev.crm.complaint.application.PostCrisisSurveyRequest;
import dev.crm.complaint.application.PostCrisisSurveys;
import dev.crm.core.api.Role;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** A crisis in REBUILD asks the customers of its complaints how it was handled, each once. */
class PostCrisisSurveyApiTest extends ApiIntegrationTest {

    @Autowired
    PostCrisisSurveys postCrisisSurveys;

    @Autowired
    Crises crises;

    @Autowired
    MongoTemplate mongo;

    @Test
    void theCustomersOfTheCrisisComplaintsGetOnePostCrisisSurveyEach() {
        String email = "zhou." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String customerId = text(asAdmin().post("/api/v1/customers", Map.of("displayName", "Zhou Min", "email", email,
                "consents", List.of("EMAIL"), "preferredChannel", "EMAIL")), "id");
        ApiResponse complaint = asAdmin().post("/api/v1/complaints", Map.of("channel", "PHONE", "customerId",
                customerId, "description", "Heater caught fire", "customerDemand", "Refund",
                "occurredAt", Instant.now().minusSeconds(7200).toString(), "impactScope", "BATCH"));
        assertThat(complaint.status()).as("%s", complaint).isEqualTo(201);
        String number = text(complaint, "number");

        ApiClient supervisor = asNewStaff(Role.SUPERVISOR);
        ApiResponse problem = supervisor.post("/api/v1/problems", Map.of("title", "Heaters overheating"));
        assertThat(problem.status()).as("%s", problem).isEqualTo(201);
        String problemNumber = text(problem, "number");
        ApiResponse linked = supervisor.post("/api/v1/problems/" + problemNumber + "/complaints",
                Map.of("number", number));
        assertThat(linked.status()).as("%s", linked).isBetween(200, 201);
        Map<String, Object> declaration = new HashMap<>(CrisisApiTest.declaration("Heater fires", Instant.now()));
        declaration.put("problemId", problemNumber);
        ApiResponse declared = supervisor.post("/api/v1/crises", declaration);
        assertThat(declared.status()).as("%s", declared).isEqualTo(201);
        String crisis = text(declared, "number");
        supervisor.post("/api/v1/crises/" + crisis + "/communications", Map.of("channel", "email",
                "audience", "CUSTOMERS", "message", "We are recalling the heaters"));
        supervisor.post("/api/v1/crises/" + crisis + "/stage/advance", Map.of("note", "Recall running"));
        assertThat(text(supervisor.post("/api/v1/crises/" + crisis + "/stage/advance", Map.of()), "stage"))
                .isEqualTo("REBUILD");

        int asked = postCrisisSurveys.send(Instant.now());
        int again = postCrisisSurveys.send(Instant.now());

        assertThat(asked).isEqualTo(1);
        assertThat(again).isZero();
        List<Document> surveys = mongo.find(Query.query(where("kind").is("POST_CRISIS").and("customerId")
                .is(customerId)), Document.class, "surveys");
        assertThat(surveys).singleElement().satisfies(s -> assertThat(s.getString("campaignId")).isEqualTo(crisis));
        List<Document> links = mongo.find(Query.query(where("recipient").is(email).and("body").regex("/surveys/")),
                Document.class, "outbound_messages");
        assertThat(links).hasSize(1);
        assertThat(crises.postCrisisSurveysToSend()).extracting(PostCrisisSurveyRequest::crisisNumber)
                .doesNotContain(crisis);
    }
}
