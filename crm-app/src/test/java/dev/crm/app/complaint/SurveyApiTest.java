package dev.crm.app.complaint;

import static dev.crm.app.complaint.ComplaintRequests.path;
import static dev.crm.app.complaint.SurveyRequests.answer;
import static dev.crm.app.complaint.SurveyRequests.customerOnEmail;
import static dev.crm.app.complaint.SurveyRequests.latestToken;
import static dev.crm.app.complaint.SurveyRequests.registerFor;
import static dev.crm.app.complaint.SurveyRequests.resolve;
import static dev.crm.app.complaint.SurveyRequests.surveyMessages;
import static dev.crm.app.complaint.SurveyRequests.surveyPath;
import static dev.crm.app.complaint.SurveyRequests.surveysOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.complaint.application.SurveyPass;
import dev.crm.complaint.domain.SurveyToken;
import dev.crm.core.api.Role;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Post-resolution surveys over the public endpoints: the customer's link arrives on their channel,
 * is answered once without an account, and the answer closes or reopens the complaint. Forged,
 * unknown, used and expired links and bad values are each refused with their own status.
 */
class SurveyApiTest extends ApiIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    SurveyPass surveyPass;

    @Test
    void theCustomerGetsALinkOnTheirChannelAndASatisfiedAnswerClosesTheComplaint() {
        ApiClient agent = asNewStaff(Role.AGENT);
        String agentName = agent.get("/api/v1/me").body().get("username").asString();
        String[] customer = customerOnEmail(agent);
        String number = registerFor(agent, customer[0]);

        ApiResponse resolved = resolve(agent, number);

        List<Document> links = surveyMessages(mongo, number);
        assertThat(links).singleElement().satisfies(message -> {
            assertThat(message.getString("channel")).isEqualTo("email");
            assertThat(message.getString("recipient")).isEqualTo(customer[1]);
            assertThat(message.getString("body")).contains("http://localhost:8080/surveys/").contains(number);
        });
        Document stored = surveysOf(mongo, number).get(0);
        assertThat(stored.getString("kind")).isEqualTo("POST_RESOLUTION");
        assertThat(stored.getString("customerId")).isEqualTo(customer[0]);
        assertThat(stored.getString("channel")).isEqualTo("PHONE");
        assertThat(stored.getString("department")).isEqualTo("after-sales");
        assertThat(stored.getString("agent")).isEqualTo(agentName);
        assertThat(stored.getString("status")).isEqualTo("SENT");
        assertThat(stored.getDate("createdAt")).isNotNull();
        assertThat(stored.getDate("sentAt")).isNotNull();
        assertThat(stored.getDate("dueAt").toInstant())
                .isEqualTo(deadline(resolved, "SURVEY", "dueAt").truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(stored.containsKey("answeredAt")).isFalse();
        assertThat(stored.containsKey("csat")).isFalse();
        // Only a keyed hash of the token is stored.
        String token = latestToken(mongo, number);
        assertThat(stored.toJson()).doesNotContain(token);
        // Sending the survey met the SURVEY target in the resolving write itself: its ETag is current.
        assertThat(deadline(resolved, "SURVEY", "metAt")).isNotNull();
        assertThat(agent.get("/api/v1/complaints/" + number).header("ETag")).isEqualTo(resolved.header("ETag"));

        ApiResponse questions = anonymous().get(surveyPath(token));
        ApiResponse answered = anonymous().post(surveyPath(token), answer(5, 9, "Quick and friendly"));

        assertThat(questions.status()).isEqualTo(200);
        assertThat(questions.body().get("complaintNumber").asString()).isEqualTo(number);
        assertThat(questions.body().get("questions").get(0).get("field").asString()).isEqualTo("csat");
        assertThat(questions.body().get("questions").get(0).get("text").asString()).contains(number);
        assertThat(questions.header("Cache-Control")).contains("no-store");
        assertThat(answered.status()).as("%s", answered).isEqualTo(200);
        assertThat(answered.body().get("status").asString()).isEqualTo("ANSWERED");
        ApiResponse complaint = agent.get("/api/v1/complaints/" + number);
        assertThat(complaint.body().get("state").asString()).isEqualTo("CLOSED");
        assertThat(complaint.body().get("followUpOutcome").get("result").asString()).isEqualTo("SATISFIED");
        assertThat(complaint.body().get("surveyScores").get(0).get("csat").asInt()).isEqualTo(5);
        Document after = surveysOf(mongo, number).get(0);
        assertThat(after.getString("status")).isEqualTo("ANSWERED");
        assertThat(after.getInteger("csat")).isEqualTo(5);
        assertThat(after.getInteger("nps")).isEqualTo(9);
        assertThat(after.getString("comment")).isEqualTo("Quick and friendly");
        assertThat(after.getDate("answeredAt")).isNotNull();
        ApiResponse staffView = agent.get("/api/v1/complaints/" + number + "/surveys");
        assertThat(staffView.body().get(0).get("comment").asString()).isEqualTo("Quick and friendly");
        List<String> timeline = new ArrayList<>();
        agent.get("/api/v1/complaints/" + number + "/timeline").body().values()
                .forEach(entry -> timeline.add(entry.get("kind").asString() + " " + entry.get("summary").asString()));
        assertThat(timeline).contains("SURVEY_ANSWER CSAT 5/5, NPS 9")
                .anyMatch(line -> line.contains("satisfaction survey sent via email"));
    }

    @Test
    void aForgedAndAnUnknownTokenAreTheSame404() {
        String token = surveyFor(asNewStaff(Role.AGENT));
        char flipped = token.charAt(20) == 'A' ? 'B' : 'A';
        String forged = token.substring(0, 20) + flipped + token.substring(21);
        // Correctly signed with the server's key, but never issued.
        String unknown = SurveyToken.issue(serverKey(), new SecureRandom());

        List<ApiResponse> refused = List.of(anonymous().get(surveyPath(forged)),
                anonymous().post(surveyPath(forged), answer(5, null, null)),
                anonymous().get(surveyPath(unknown)), anonymous().post(surveyPath(unknown), answer(5, null, null)),
                anonymous().get(surveyPath("not-a-token")));

        assertThat(refused).allSatisfy(response -> {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.body().get("type").asString()).isEqualTo("urn:crm:problem:not-found");
        });
        assertThat(refused).extracting(response -> response.body().get("detail").asString()).containsOnly(
                refused.get(0).body().get("detail").asString()).allSatisfy(detail ->
                assertThat(detail).doesNotContain(forged).doesNotContain(unknown));
        assertThat(anonymous().get(surveyPath(token)).status()).as("the real link still works").isEqualTo(200);
    }

    @Test
    void aUsedLinkIs409() {
        String token = surveyFor(asNewStaff(Role.AGENT));
        assertThat(anonymous().post(surveyPath(token), answer(4, null, null)).status()).isEqualTo(200);

        ApiResponse again = anonymous().post(surveyPath(token), answer(1, null, "changed my mind"));
        ApiResponse read = anonymous().get(surveyPath(token));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("type").asString()).isEqualTo("urn:crm:problem:illegal-transition");
        assertThat(read.status()).isEqualTo(409);
    }

    @Test
    void anExpiredLinkIs410AndTheOwnerIsToldTheComplaintStillNeedsItsOutcome() {
        ApiClient agent = asNewStaff(Role.AGENT);
        String agentName = agent.get("/api/v1/me").body().get("username").asString();
        String[] customer = customerOnEmail(agent);
        String number = registerFor(agent, customer[0]);
        resolve(agent, number);
        String token = latestToken(mongo, number);

        surveyPass.run(Instant.now().plus(Duration.ofDays(13)));
        assertThat(anonymous().get(surveyPath(token)).status()).as("still valid after 13 days").isEqualTo(200);
        assertThat(surveysOf(mongo, number).get(0).getString("status")).isEqualTo("SENT");
        surveyPass.run(Instant.now().plus(Duration.ofDays(15)));

        ApiResponse read = anonymous().get(surveyPath(token));
        ApiResponse answered = anonymous().post(surveyPath(token), answer(5, null, null));
        assertThat(read.status()).isEqualTo(410);
        assertThat(answered.status()).isEqualTo(410);
        assertThat(answered.body().get("type").asString()).isEqualTo("urn:crm:problem:gone");
        assertThat(answered.header("Content-Type")).startsWith("application/problem+json");
        Document survey = surveysOf(mongo, number).get(0);
        assertThat(survey.getString("status")).isEqualTo("EXPIRED");
        assertThat(mongo.find(Query.query(where("dedupeKey").is("survey-expired:" + survey.getObjectId("_id")
                .toHexString())), Document.class, "outbound_messages"))
                .singleElement().satisfies(m -> assertThat(m.getString("recipient")).isEqualTo(agentName));
        assertThat(agent.get("/api/v1/complaints/" + number).body().get("state").asString()).isEqualTo("RESOLVED");
        // A second pass finds nothing more to do for it.
        surveyPass.run(Instant.now().plus(Duration.ofDays(15)));
        assertThat(mongo.count(Query.query(where("dedupeKey").regex("^survey-expired:" + survey.getObjectId("_id")
                .toHexString())), "outbound_messages")).isEqualTo(1);
    }

    @Test
    void badValuesAre400NamingTheFieldAndUseNothingUp() {
        String token = surveyFor(asNewStaff(Role.AGENT));

        assertThat(refused(token, answer(0, null, null))).containsExactly("csat");
        assertThat(refused(token, answer(6, null, null))).containsExactly("csat");
        assertThat(refused(token, answer(4.5, null, null))).containsExactly("csat");
        assertThat(refused(token, answer("five", null, null))).containsExactly("csat");
        assertThat(refused(token, answer(null, null, "no score"))).containsExactly("csat");
        assertThat(refused(token, answer(4, 11, null))).containsExactly("nps");
        assertThat(refused(token, answer(4, -1, null))).containsExactly("nps");
        assertThat(refused(token, answer(4, null, "x".repeat(2_001)))).containsExactly("comment");
        assertThat(anonymous().postRaw(surveyPath(token), "application/json", "{\"csat\":").status()).isEqualTo(400);

        assertThat(anonymous().post(surveyPath(token), answer(4, 10, "x".repeat(2_000))).status()).isEqualTo(200);
    }

    @Test
    void aDissatisfiedAnswerReopensTheComplaintAndTellsItsOwner() {
        ApiClient agent = asNewStaff(Role.AGENT);
        String agentName = agent.get("/api/v1/me").body().get("username").asString();
        String number = registerFor(agent, customerOnEmail(agent)[0]);
        resolve(agent, number);

        assertThat(anonymous().post(surveyPath(latestToken(mongo, number)), answer(2, 3, "still broken")).status())
                .isEqualTo(200);

        ApiResponse complaint = agent.get("/api/v1/complaints/" + number);
        assertThat(complaint.body().get("state").asString()).isEqualTo("REOPENED");
        List<String> notes = new ArrayList<>();
        complaint.body().get("transitions").values().forEach(t -> notes.add(t.get("note").asString()));
        assertThat(notes).last().isEqualTo("customer unsatisfied (survey)");
        String surveyId = surveysOf(mongo, number).get(0).getObjectId("_id").toHexString();
        assertThat(mongo.find(Query.query(where("dedupeKey").is("survey-reopened:" + surveyId)), Document.class,
                "outbound_messages")).singleElement()
                .satisfies(m -> assertThat(m.getString("recipient")).isEqualTo(agentName));
    }

    @Test
    void resolvingAgainAsksAgainAndTheEarlierLinkIsWithdrawn() {
        ApiClient agent = asNewStaff(Role.AGENT);
        String number = registerFor(agent, customerOnEmail(agent)[0]);
        resolve(agent, number);
        String first = latestToken(mongo, number);

        agent.post(path(number, "reopen"), Map.of("reason", "the customer called back: still broken"));
        agent.post(path(number, "start"), Map.of());
        assertThat(agent.post(path(number, "resolve"), Map.of("solution", "Refunded", "customerNotifiedVia", "phone"))
                .status()).isEqualTo(200);
        String second = latestToken(mongo, number);

        assertThat(second).isNotEqualTo(first);
        assertThat(surveysOf(mongo, number)).extracting(s -> s.getString("status")).containsExactly("EXPIRED", "SENT");
        assertThat(anonymous().get(surveyPath(first)).status()).isEqualTo(410);
        assertThat(anonymous().post(surveyPath(second), answer(5, null, null)).status()).isEqualTo(200);
        assertThat(agent.get("/api/v1/complaints/" + number).body().get("state").asString()).isEqualTo("CLOSED");
    }

    @Test
    void twoAnswersAtOnceOneWinsTheOtherIs409() throws Exception {
        String token = surveyFor(asNewStaff(Role.AGENT));

        CompletableFuture<ApiResponse> a = CompletableFuture.supplyAsync(() ->
                anonymous().post(surveyPath(token), answer(5, null, null)));
        CompletableFuture<ApiResponse> b = CompletableFuture.supplyAsync(() ->
                anonymous().post(surveyPath(token), answer(1, null, null)));

        assertThat(List.of(a.get().status(), b.get().status())).containsExactlyInAnyOrder(200, 409);
    }

    @Test
    void thePublicEndpointsIgnoreStaffCredentialsAndTheLinkOpensAPage() {
        String token = surveyFor(asNewStaff(Role.AGENT));
        ApiClient wrongLogin = ApiClient.signedIn(baseUrl(), "nobody", "wrong-password-1");

        ApiResponse page = anonymous().get("/surveys/" + token, "text/html");

        assertThat(wrongLogin.get(surveyPath(token)).status()).isEqualTo(200);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.rawBody()).contains("/api/v1/surveys/");
        assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(anonymous().get("/api/v1/surveys").status()).as("only the token paths are public")
                .isEqualTo(401);
        assertThat(anonymous().get("/api/v1/return-visits").status()).isEqualTo(401);
    }

    private String surveyFor(ApiClient agent) {
        String number = registerFor(agent, customerOnEmail(agent)[0]);
        resolve(agent, number);
        return latestToken(mongo, number);
    }

    private List<String> refused(String token, Map<String, Object> body) {
        return fields(anonymous().post(surveyPath(token), body));
    }

    private byte[] serverKey() {
        Document stored = mongo.findById("survey-token-key", Document.class, "complaint_secrets");
        assertThat(stored).as("the generated survey key").isNotNull();
        return Base64.getDecoder().decode(stored.getString("key"));
    }

    private static Instant deadline(ApiResponse complaint, String milestone, String field) {
        for (var deadline : complaint.body().get("deadlines").values()) {
            if (deadline.get("milestone").asString().equals(milestone)) {
                return deadline.get(field).isNull() ? null : Instant.parse(deadline.get(field).asString());
            }
        }
        throw new AssertionError("no " + milestone + " deadline");
    }

    static List<String> fields(ApiResponse problem) {
        assertThat(problem.status()).as("%s", problem).isEqualTo(400);
        return SurveyRequests.fieldsOf(problem.body());
    }
}
