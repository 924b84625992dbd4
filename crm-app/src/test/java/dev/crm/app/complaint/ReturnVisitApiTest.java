package dev.crm.app.complaint;

import static dev.crm.app.complaint.ComplaintRequests.path;
import static dev.crm.app.complaint.ComplaintRequests.register;
import static dev.crm.app.complaint.SurveyRequests.answer;
import static dev.crm.app.complaint.SurveyRequests.resolve;
import static dev.crm.app.complaint.SurveyRequests.surveyMessages;
import static dev.crm.app.complaint.SurveyRequests.surveysOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.complaint.application.SurveyPass;
import dev.crm.core.api.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Customers no channel reaches (a phone complaint from an unknown caller) are surveyed by a return
 * visit: a work item for the complaint's owner, answered on the call or recorded as unanswered.
 */
class ReturnVisitApiTest extends ApiIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    SurveyPass surveyPass;

    @Test
    void aCustomerNoChannelReachesGetsAReturnVisitForTheOwnerWhoRecordsTheAnswer() {
        ApiClient owner = asNewStaff(Role.AGENT);
        String ownerName = owner.get("/api/v1/me").body().get("username").asString();
        ApiClient otherAgent = asNewStaff(Role.AGENT);
        String number = register(owner);

        resolve(owner, number);

        assertThat(surveyMessages(mongo, number)).as("no link: nothing reaches the caller").isEmpty();
        Document survey = surveysOf(mongo, number).get(0);
        assertThat(survey.getString("status")).isEqualTo("PENDING");
        ApiResponse visit = openVisitOf(owner, number);
        String id = visit.body().get("id").asString();
        assertThat(visit.body().get("assignee").asString()).isEqualTo(ownerName);
        assertThat(visit.body().get("dueAt").asString()).isEqualTo(survey.getDate("dueAt").toInstant().toString());
        assertThat(numbersOfOpenVisits(otherAgent)).doesNotContain(number);
        assertThat(numbersOfOpenVisits(asNewStaff(Role.SUPERVISOR))).contains(number);
        assertThat(mongo.count(Query.query(where("dedupeKey").is("return-visit:" + id).and("recipient").is(ownerName)),
                "outbound_messages")).isEqualTo(1);
        assertThat(otherAgent.post("/api/v1/return-visits/" + id + "/answer", answer(4, null, null)).status())
                .isEqualTo(403);

        ApiResponse answered = owner.post("/api/v1/return-visits/" + id + "/answer", answer(4, 8, "Happy now"));

        assertThat(answered.status()).as("%s", answered).isEqualTo(200);
        assertThat(answered.body().get("status").asString()).isEqualTo("ANSWERED");
        Document after = surveysOf(mongo, number).get(0);
        assertThat(after.getString("status")).isEqualTo("ANSWERED");
        assertThat(after.getString("answeredVia")).isEqualTo("PHONE");
        assertThat(after.getString("answeredBy")).isEqualTo(ownerName);
        assertThat(after.getInteger("csat")).isEqualTo(4);
        ApiResponse complaint = owner.get("/api/v1/complaints/" + number);
        assertThat(complaint.body().get("state").asString()).isEqualTo("CLOSED");
        assertThat(complaint.body().get("followUpOutcome").get("result").asString()).isEqualTo("SATISFIED");
        assertThat(numbersOfOpenVisits(owner)).doesNotContain(number);
        assertThat(owner.post("/api/v1/return-visits/" + id + "/answer", answer(5, null, null)).status())
                .isEqualTo(409);
    }

    @Test
    void unansweredCallsStartTheFollowUpAndTheLastAttemptClosesAsNoAnswer() {
        ApiClient owner = asNewStaff(Role.AGENT);
        String number = register(owner);
        resolve(owner, number);
        String id = openVisitOf(owner, number).body().get("id").asString();

        ApiResponse first = owner.post("/api/v1/return-visits/" + id + "/no-answer", Map.of("note", "voicemail"));
        assertThat(first.status()).as("%s", first).isEqualTo(200);
        ApiResponse afterFirst = owner.get("/api/v1/complaints/" + number);
        assertThat(afterFirst.body().get("state").asString()).isEqualTo("FOLLOW_UP");
        assertThat(surveysOf(mongo, number).get(0).getString("status")).isEqualTo("SENT");
        owner.post("/api/v1/return-visits/" + id + "/no-answer", Map.of());
        ApiResponse third = owner.post("/api/v1/return-visits/" + id + "/no-answer", Map.of());

        assertThat(third.body().get("status").asString()).isEqualTo("NO_ANSWER");
        assertThat(third.body().get("attempts").size()).isEqualTo(3);
        ApiResponse closed = owner.get("/api/v1/complaints/" + number);
        assertThat(closed.body().get("state").asString()).isEqualTo("CLOSED");
        assertThat(closed.body().get("followUpOutcome").get("result").asString()).isEqualTo("NO_ANSWER");
        assertThat(closed.body().get("followUpOutcome").get("attempts").asInt()).isEqualTo(3);
        assertThat(surveysOf(mongo, number).get(0).getString("status")).isEqualTo("NO_ANSWER");
        assertThat(owner.post("/api/v1/return-visits/" + id + "/no-answer", Map.of()).status()).isEqualTo(409);
    }

    @Test
    void aReturnVisitAnswerTakesTheSameChecksAsTheLink() {
        ApiClient owner = asNewStaff(Role.AGENT);
        String number = register(owner);
        resolve(owner, number);
        String id = openVisitOf(owner, number).body().get("id").asString();

        ApiResponse bad = owner.post("/api/v1/return-visits/" + id + "/answer", answer(9, null, null));
        ApiResponse unknown = owner.post("/api/v1/return-visits/no-such-visit/answer", answer(4, null, null));

        assertThat(SurveyApiTest.fields(bad)).containsExactly("csat");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(asNewStaff(Role.ANALYST).get("/api/v1/return-visits").status()).isEqualTo(403);
        surveyPass.run(Instant.now().plus(Duration.ofDays(15)));
        ApiResponse expired = owner.post("/api/v1/return-visits/" + id + "/answer", answer(4, null, null));
        assertThat(expired.status()).isEqualTo(410);
        assertThat(owner.get("/api/v1/return-visits/" + id).body().get("status").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void closingTheComplaintOtherwiseCancelsItsOpenReturnVisit() {
        ApiClient owner = asNewStaff(Role.AGENT);
        String number = register(owner);
        resolve(owner, number);
        String id = openVisitOf(owner, number).body().get("id").asString();

        owner.post(path(number, "follow-up"), Map.of());
        assertThat(owner.post(path(number, "close"), Map.of("result", "SATISFIED", "attempts", 1)).status())
                .isEqualTo(200);

        ApiResponse visit = owner.get("/api/v1/return-visits/" + id);
        assertThat(visit.body().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(visit.body().get("closeNote").asString()).contains("CLOSED by staff");
        assertThat(surveysOf(mongo, number).get(0).getString("status")).isEqualTo("EXPIRED");
    }

    private ApiResponse openVisitOf(ApiClient agent, String number) {
        ApiResponse list = agent.get("/api/v1/return-visits?status=OPEN&size=200");
        assertThat(list.status()).as("%s", list).isEqualTo(200);
        for (var item : list.body().get("items").values()) {
            if (item.get("complaintNumber").asString().equals(number)) {
                return agent.get("/api/v1/return-visits/" + item.get("id").asString());
            }
        }
        throw new AssertionError("no open return visit for " + number + " in " + list);
    }

    private static List<String> numbersOfOpenVisits(ApiClient staff) {
        List<String> numbers = new ArrayList<>();
        staff.get("/api/v1/return-visits?status=OPEN&size=200").body().get("items").values()
                .forEach(item -> numbers.add(item.get("complaintNumber").asString()));
        return numbers;
    }
}
