package dev.crm.app.complaint;

import static dev.crm.app.complaint.SurveyRequests.answer;
import static dev.crm.app.complaint.SurveyRequests.surveyPath;
import static dev.crm.app.complaint.SurveyRequests.tokenIn;
import static dev.crm.app.support.Jobs.awaitFinished;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.core.api.Role;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** Relationship surveys to a customer segment: a background job, one survey per reachable member. */
class RelationshipSurveyApiTest extends ApiIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    private final String tag = "rs-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void everyMemberAChannelReachesIsAskedOnItAndTheOthersAreCounted() {
        ApiClient analyst = asNewStaff(Role.ANALYST);
        String onEmail = customer("On e-mail", Map.of("email", tag + "@example.com", "consents", List.of("EMAIL"),
                "preferredChannel", "EMAIL"));
        String mobile = "139" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        String onSms = customer("On SMS", Map.of("phone", mobile, "consents", List.of("SMS")));
        String unreachable = customer("No consent", Map.of("email", "quiet-" + tag + "@example.com"));
        String segment = segment(analyst);

        ApiResponse started = analyst.post("/api/v1/relationship-surveys", Map.of("segmentId", segment,
                "question", "How satisfied are you with us this quarter?"));

        assertThat(started.status()).as("%s", started).isEqualTo(202);
        assertThat(started.body().get("members").asLong()).isEqualTo(3);
        String campaign = started.body().get("campaignId").asString();
        ApiResponse job = awaitFinished(analyst, started);
        assertThat(job.body().get("state").asString()).as("%s", job).isEqualTo("COMPLETED");
        assertThat(job.body().get("result").get("sent").asLong()).isEqualTo(2);
        assertThat(job.body().get("result").get("skippedNoChannel").asLong()).isEqualTo(1);
        List<Document> surveys = mongo.find(Query.query(where("campaignId").is(campaign)), Document.class, "surveys");
        assertThat(surveys).extracting(s -> s.getString("customerId")).containsExactlyInAnyOrder(onEmail, onSms)
                .doesNotContain(unreachable);
        assertThat(surveys).allSatisfy(s -> {
            assertThat(s.getString("kind")).isEqualTo("RELATIONSHIP");
            assertThat(s.get("complaintNumber")).isNull();
            assertThat(s.getString("status")).isEqualTo("SENT");
            assertThat(s.getString("question")).isEqualTo("How satisfied are you with us this quarter?");
        });
        Document emailSurvey = surveys.stream().filter(s -> s.getString("customerId").equals(onEmail)).findFirst()
                .orElseThrow();
        Document link = mongo.findOne(Query.query(where("relatedRecordId")
                .is(emailSurvey.getObjectId("_id").toHexString())), Document.class, "outbound_messages");
        assertThat(link.getString("channel")).isEqualTo("email");
        assertThat(link.getString("recipient")).isEqualTo(tag + "@example.com");
        String storedPhone = asAdmin().get("/api/v1/customers/" + onSms).body().get("phone").asString();
        assertThat(mongo.count(Query.query(where("recipient").is(storedPhone).and("channel").is("sms")
                .and("dedupeKey").regex("^survey:")), "outbound_messages")).isEqualTo(1);

        ApiResponse questions = anonymous().get(surveyPath(tokenIn(link)));
        ApiResponse answered = anonymous().post(surveyPath(tokenIn(link)), answer(4, 10, null));

        assertThat(questions.body().get("kind").asString()).isEqualTo("RELATIONSHIP");
        assertThat(questions.body().get("questions").get(0).get("text").asString())
                .isEqualTo("How satisfied are you with us this quarter?");
        assertThat(answered.status()).isEqualTo(200);
        Document after = mongo.findById(emailSurvey.getObjectId("_id"), Document.class, "surveys");
        assertThat(after.getString("status")).isEqualTo("ANSWERED");
        assertThat(after.getInteger("nps")).isEqualTo(10);
    }

    @Test
    void anUnknownSegmentIs404AMissingOneIs400AndAgentsMayNotSendSurveys() {
        ApiClient supervisor = asNewStaff(Role.SUPERVISOR);

        ApiResponse unknown = supervisor.post("/api/v1/relationship-surveys", Map.of("segmentId",
                "000000000000000000000000"));
        ApiResponse missing = supervisor.post("/api/v1/relationship-surveys", Map.of("question", "Hello?"));
        ApiResponse agent = asNewStaff(Role.AGENT).post("/api/v1/relationship-surveys", Map.of("segmentId", "x"));

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(SurveyRequests.fieldsOf(missing.body())).containsExactly("segmentId");
        assertThat(agent.status()).isEqualTo(403);
    }

    private String customer(String name, Map<String, Object> contacts) {
        Map<String, Object> profile = new HashMap<>(contacts);
        profile.put("displayName", name + " " + tag);
        profile.put("tags", List.of(tag));
        ApiResponse created = asAdmin().post("/api/v1/customers", profile);
        assertThat(created.status()).as("customer: %s", created).isEqualTo(201);
        return created.body().get("id").asString();
    }

    private String segment(ApiClient analyst) {
        ApiResponse defined = analyst.post("/api/v1/segments", Map.of("name", "Tagged " + tag, "conditions",
                List.of(Map.of("field", "tag", "operator", "EQ", "values", List.of(tag)))));
        assertThat(defined.status()).as("segment: %s", defined).isEqualTo(201);
        return defined.body().get("id").asString();
    }
}
