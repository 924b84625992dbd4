package dev.crm.app.training;

import static dev.crm.app.complaint.KpiComplaints.aComplaint;
import static dev.crm.app.complaint.KpiComplaints.survey;
import static dev.crm.app.training.AssessmentFixtures.addQuestion;
import static dev.crm.app.training.AssessmentFixtures.assessment;
import static dev.crm.app.training.AssessmentFixtures.openBank;
import static dev.crm.app.training.AssessmentFixtures.questionOfKind;
import static dev.crm.app.training.AssessmentFixtures.trueFalse;
import static dev.crm.app.training.TrainingFixtures.course;
import static dev.crm.app.training.TrainingFixtures.created;
import static dev.crm.app.training.TrainingFixtures.fields;
import static dev.crm.app.training.TrainingFixtures.organisation;
import static dev.crm.app.training.TrainingFixtures.profile;
import static dev.crm.app.training.TrainingFixtures.suffix;
import static dev.crm.app.training.TrainingFixtures.username;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.complaint.api.ComplaintType;
import dev.crm.complaint.api.Grade;
import dev.crm.core.api.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/**
 * Evaluation over HTTP on fixed data in 2013 (no other test's complaints lie there): an agent
 * completes course A (completion moved to 2013-06-01 10:00 UTC), reviews and complaints lie 30 days
 * before and after. Before: K1 (first response 4 h, resolved 10 h, CSAT 3) and K2 (first response 2 h,
 * unresolved), reviewed 3,3,3,3 (50 %) and 4,4,4,4 (75 %). After: K3 (1 h, resolved 5 h, CSAT 5),
 * reviewed 5,5,5,5 (100 %). All Level 2 service complaints (targets 48 h / 72 h).
 */
class EvaluationApiTest extends ApiIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    private final String suffix = suffix();
    private final String courseA = "EVA-" + suffix;
    private ApiClient hr;
    private ApiClient lead;
    private ApiClient agent;
    private ApiClient colleague;
    private ApiClient otherLead;
    private String agentName;
    private String colleagueName;
    private String enrolmentA;
    private String enrolmentB;

    @BeforeEach
    void organisationCoursesAndService() {
        hr = asNewStaff(Role.HR);
        lead = asNewStaff(Role.SUPERVISOR);
        agent = asNewStaff(Role.AGENT);
        colleague = asNewStaff(Role.AGENT);
        otherLead = asNewStaff(Role.SUPERVISOR);
        agentName = username(agent);
        colleagueName = username(colleague);
        String team = organisation(hr, suffix);
        created(hr.post("/api/v1/training/staff", profile(username(lead), "BU-" + suffix, null)));
        created(hr.post("/api/v1/training/staff", profile(username(otherLead), "BU-" + suffix, null)));
        created(hr.post("/api/v1/training/staff", profile(agentName, team, username(lead))));
        created(hr.post("/api/v1/training/staff", profile(colleagueName, team, username(lead))));
        created(hr.post("/api/v1/training/courses", course(courseA, "ONLINE")));
        created(hr.post("/api/v1/training/courses", course("EVB-" + suffix, "ONLINE")));
        enrolmentA = created(hr.post("/api/v1/training/enrolments", Map.of("staff", agentName, "courseCode", courseA,
                "dueDate", "2099-01-15"))).body().get("id").asString();
        enrolmentB = created(hr.post("/api/v1/training/enrolments", Map.of("staff", agentName,
                "courseCode", "EVB-" + suffix, "dueDate", "2099-02-01"))).body().get("id").asString();
        assertThat(hr.post("/api/v1/training/enrolments/" + enrolmentA + "/complete", Map.of()).status())
                .isEqualTo(200);
        mongo.updateFirst(new Query(where("_id").is(enrolmentA)),
                new Update().set("completedAt", Instant.parse("2013-06-01T10:00:00Z")), "training_enrolments");

        aComplaint(number(1)).receivedAt("2013-05-10T08:00:00Z").ownedBy(agentName)
                .assessed(Grade.LEVEL_2, ComplaintType.SERVICE).respondedAfter(hours(4)).resolvedAfter(hours(10))
                .insert(mongo);
        aComplaint(number(2)).receivedAt("2013-05-20T08:00:00Z").ownedBy(agentName)
                .assessed(Grade.LEVEL_2, ComplaintType.SERVICE).respondedAfter(hours(2)).insert(mongo);
        aComplaint(number(3)).receivedAt("2013-06-10T08:00:00Z").ownedBy(agentName)
                .assessed(Grade.LEVEL_2, ComplaintType.SERVICE).respondedAfter(hours(1)).resolvedAfter(hours(5))
                .insert(mongo);
        mongo.insert(List.of(
                survey("POST_RESOLUTION", number(1), "WEB_FORM", null, agentName, "2013-05-12T08:00:00Z", 3, 6),
                survey("POST_RESOLUTION", number(3), "WEB_FORM", null, agentName, "2013-06-12T08:00:00Z", 5, 9)),
                "surveys");
    }

    private String number(int n) {
        return "EV-" + suffix + "-" + n;
    }

    private static Duration hours(int h) {
        return Duration.ofHours(h);
    }

    private ApiResponse review(ApiClient reviewer, String reviewee, int complaint, String at, int mark) {
        Map<String, Object> body = new HashMap<>();
        body.put("reviewee", reviewee);
        body.put("complaintNumber", number(complaint));
        body.put("interactionAt", at);
        body.put("scores", Map.of("informationAccuracy", mark, "correctResolution", mark, "attitude", mark,
                "courtesy", mark));
        body.put("comments", "listened well");
        return reviewer.post("/api/v1/training/qa-reviews", body);
    }

    private void reviewAll() {
        created(review(lead, agentName, 1, "2013-05-10T09:00:00Z", 3));
        created(review(lead, agentName, 2, "2013-05-20T09:00:00Z", 4));
        created(review(hr, agentName, 3, "2013-06-10T09:00:00Z", 5));
    }

    @Test
    void qaReviewsAreWrittenBySupervisorsAndHrAboutRealComplaintsAndArePrivate() {
        ApiResponse first = created(review(lead, agentName, 1, "2013-05-10T09:00:00Z", 3));
        assertThat(first.body().get("reviewer").asString()).isEqualTo(username(lead));
        assertThat(first.body().get("scorePercent").asDouble()).isEqualTo(50.0);

        assertThat(review(agent, colleagueName, 1, "2013-05-10T09:00:00Z", 3).status()).isEqualTo(403);
        ApiResponse self = review(lead, username(lead), 1, "2013-05-10T09:00:00Z", 3);
        assertThat(self.status()).isEqualTo(422);
        assertThat(fields(self)).containsExactly("reviewee");
        ApiResponse unknownComplaint = review(lead, agentName, 99, "2013-05-10T09:00:00Z", 3);
        assertThat(unknownComplaint.status()).isEqualTo(422);
        assertThat(fields(unknownComplaint)).containsExactly("complaintNumber");
        ApiResponse offScale = review(lead, agentName, 1, "2013-05-10T09:00:00Z", 6);
        assertThat(offScale.status()).isEqualTo(400);
        assertThat(fields(offScale)).contains("scores.attitude", "scores.courtesy");
        ApiResponse stranger = review(lead, "no.such.person." + suffix, 1, "2013-05-10T09:00:00Z", 3);
        assertThat(stranger.status()).isEqualTo(422);
        assertThat(fields(stranger)).containsExactly("reviewee");

        String path = "/api/v1/training/qa-reviews?reviewee=" + agentName;
        assertThat(agent.get("/api/v1/training/qa-reviews").body().get("total").asInt()).isEqualTo(1);
        assertThat(lead.get(path).status()).isEqualTo(200);
        assertThat(hr.get(path).status()).isEqualTo(200);
        assertThat(colleague.get(path).status()).isEqualTo(403);
        assertThat(otherLead.get(path).status()).isEqualTo(403);
        assertThat(asAdmin().get(path).status()).isEqualTo(403);
        String one = "/api/v1/training/qa-reviews/" + first.body().get("id").asString();
        assertThat(agent.get(one).status()).isEqualTo(200);
        assertThat(colleague.get(one).status()).isEqualTo(403);
    }

    @Test
    void theParticipantAnswersTheReactionSurveyOnceAfterCompletion() {
        Map<String, Object> answer = Map.of("ratings", Map.of("relevance", 5, "delivery", 4, "applicability", 3),
                "comment", "useful role plays");
        assertThat(colleague.post("/api/v1/training/enrolments/" + enrolmentA + "/reaction", answer).status())
                .isEqualTo(403);
        ApiResponse early = agent.post("/api/v1/training/enrolments/" + enrolmentB + "/reaction", answer);
        assertThat(early.status()).isEqualTo(422);
        assertThat(fields(early)).containsExactly("enrolmentId");
        ApiResponse offScale = agent.post("/api/v1/training/enrolments/" + enrolmentA + "/reaction",
                Map.of("ratings", Map.of("relevance", 0, "delivery", 4, "applicability", 3)));
        assertThat(offScale.status()).isEqualTo(400);
        assertThat(fields(offScale)).containsExactly("ratings.relevance");
        created(agent.post("/api/v1/training/enrolments/" + enrolmentA + "/reaction", answer));
        assertThat(agent.post("/api/v1/training/enrolments/" + enrolmentA + "/reaction", answer).status())
                .isEqualTo(409);
    }

    @Test
    void theCourseIsEvaluatedOnAllFourLevelsBeforeAndAfterTheTraining() {
        reviewAll();
        created(agent.post("/api/v1/training/enrolments/" + enrolmentA + "/reaction",
                Map.of("ratings", Map.of("relevance", 5, "delivery", 4, "applicability", 3), "comment", "good")));
        // Level 2: one true/false question; the first attempt wrong (0 %), the second right (100 %).
        openBank(hr, "EVQ-" + suffix);
        addQuestion(hr, "EVQ-" + suffix, trueFalse(true, 5));
        created(hr.post("/api/v1/training/assessments",
                assessment("EVT-" + suffix, courseA, "EVQ-" + suffix, 1, 3, List.of())));
        sit("FALSE");
        sit("TRUE");

        ApiResponse evaluation = hr.get("/api/v1/training/courses/" + courseA + "/evaluation?windowDays=30");
        assertThat(evaluation.status()).as("%s", evaluation).isEqualTo(200);
        JsonNode e = evaluation.body();
        assertThat(e.get("participants").asInt()).isEqualTo(1);
        JsonNode l1 = e.get("reaction");
        assertThat(l1.get("responses").asInt()).isEqualTo(1);
        assertThat(l1.get("relevance").asDouble()).isEqualTo(5.0);
        assertThat(l1.get("applicability").asDouble()).isEqualTo(3.0);
        JsonNode l2 = e.get("learning");
        assertThat(l2.get("assessed").asInt()).isEqualTo(1);
        assertThat(l2.get("gradedAttempts").asInt()).isEqualTo(2);
        assertThat(l2.get("meanBestScorePercent").asDouble()).isEqualTo(100.0);
        assertThat(l2.get("passRatePercent").asDouble()).isEqualTo(100.0);
        // Level 3: (50 + 75) / 2 = 62.5 before, 100 after.
        JsonNode l3 = e.get("behaviour");
        assertThat(l3.get("reviewsBefore").asInt()).isEqualTo(2);
        assertThat(l3.get("reviewsAfter").asInt()).isEqualTo(1);
        assertThat(l3.get("scorePercent").get("before").asDouble()).isEqualTo(62.5);
        assertThat(l3.get("scorePercent").get("change").asDouble()).isEqualTo(37.5);
        // Level 4: response (4 h + 2 h) / 2 = 10800 s → 3600 s; resolution 36000 s → 18000 s;
        // resolved 1 of 2 → 1 of 1; CSAT 3 → 5; satisfied 0 % → 100 %.
        JsonNode l4 = e.get("results");
        assertThat(l4.get("complaintsBefore").asLong()).isEqualTo(2);
        assertThat(l4.get("complaintsAfter").asLong()).isEqualTo(1);
        assertThat(l4.get("surveysBefore").asLong()).isEqualTo(1);
        assertThat(l4.get("surveysAfter").asLong()).isEqualTo(1);
        assertThat(l4.get("meanResponseSeconds").get("before").asDouble()).isEqualTo(10800.0);
        assertThat(l4.get("meanResponseSeconds").get("change").asDouble()).isEqualTo(-7200.0);
        assertThat(l4.get("meanResolutionSeconds").get("change").asDouble()).isEqualTo(-18000.0);
        assertThat(l4.get("resolutionRatePercent").get("change").asDouble()).isEqualTo(50.0);
        assertThat(l4.get("csat").get("change").asDouble()).isEqualTo(2.0);
        assertThat(l4.get("handlingSatisfactionPercent").get("after").asDouble()).isEqualTo(100.0);

        // A window where nothing happened before: nulls, never a division by zero.
        ApiResponse narrow = hr.get("/api/v1/training/courses/" + courseA + "/evaluation?windowDays=1");
        assertThat(narrow.body().get("results").get("complaintsBefore").asLong()).isZero();
        assertThat(narrow.body().get("results").get("csat").get("change").isNull()).isTrue();
        assertThat(narrow.body().get("behaviour").get("scorePercent").get("before").isNull()).isTrue();
        // A supervisor sees their reports; another supervisor's evaluation has no participants; agents none.
        assertThat(lead.get("/api/v1/training/courses/" + courseA + "/evaluation").body().get("participants").asInt())
                .isEqualTo(1);
        assertThat(otherLead.get("/api/v1/training/courses/" + courseA + "/evaluation").body()
                .get("participants").asInt()).isZero();
        assertThat(agent.get("/api/v1/training/courses/" + courseA + "/evaluation").status()).isEqualTo(403);
        assertThat(hr.get("/api/v1/training/courses/" + courseA + "/evaluation?windowDays=0").status())
                .isEqualTo(400);
    }

    private void sit(String answer) {
        ApiResponse started = agent.post("/api/v1/training/assessments/EVT-" + suffix + "/attempts", Map.of());
        assertThat(started.status()).as("%s", started).isEqualTo(201);
        JsonNode question = questionOfKind(started.body(), "TRUE_FALSE");
        ApiResponse submitted = agent.post("/api/v1/training/attempts/" + started.body().get("id").asString()
                + "/submit", Map.of("answers", List.of(Map.of("questionId", question.get("id").asString(),
                "selectedOptionIds", List.of(answer)))));
        assertThat(submitted.status()).as("%s", submitted).isEqualTo(200);
    }

    @Test
    void scorecardsShowKpisQaAndTrainingCompletionToThePersonTheChainAndHr() {
        reviewAll();
        String path = "/api/v1/training/scorecards/" + agentName + "?period=2013-Q2";
        ApiResponse card = lead.get(path);
        assertThat(card.status()).as("%s", card).isEqualTo(200);
        JsonNode kpis = card.body().get("kpis");
        assertThat(kpis.get("handled").asLong()).isEqualTo(3);
        assertThat(kpis.get("resolved").asLong()).isEqualTo(2);
        assertThat(kpis.get("csat").asDouble()).isEqualTo(4.0);
        JsonNode qa = card.body().get("qa");
        assertThat(qa.get("reviews").asInt()).isEqualTo(3);
        assertThat(qa.get("informationAccuracy").asDouble()).isEqualTo(4.0);
        assertThat(qa.get("scorePercent").asDouble()).isEqualTo(75.0);

        // Training: A (completed) and B (open) are due in 2099-Q1: 1 of 2.
        JsonNode training = hr.get("/api/v1/training/scorecards/" + agentName + "?period=2099-Q1").body()
                .get("training");
        assertThat(training.get("assigned").asInt()).isEqualTo(2);
        assertThat(training.get("completed").asInt()).isEqualTo(1);
        assertThat(training.get("completionPercent").asDouble()).isEqualTo(50.0);

        assertThat(agent.get(path).status()).isEqualTo(200);
        assertThat(colleague.get(path).status()).isEqualTo(403);
        assertThat(otherLead.get(path).status()).isEqualTo(403);
        assertThat(asAdmin().get(path).status()).isEqualTo(403);
        assertThat(lead.get(path.replace("2013-Q2", "2013-Q5")).status()).isEqualTo(400);

        // The team's list: the lead sees both reports, an agent only themselves.
        String team = "/api/v1/training/scorecards?period=2013-Q2&department=TEAM-" + suffix;
        JsonNode teamCards = lead.get(team).body();
        assertThat(teamCards.get("total").asInt()).isEqualTo(2);
        assertThat(colleague.get(team).body().get("items").get(0).get("staff").asString()).isEqualTo(colleagueName);
        assertThat(colleague.get(team).body().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void appraisalsWeighThePartsRankServiceStarsAndArePrivate() {
        ApiResponse badWeights = hr.post("/api/v1/training/appraisal-schemes", Map.of("code", "S-" + suffix, "name",
                "Standard", "weights", Map.of("quantitative", 50, "qualitative", 30, "process", 10)));
        assertThat(badWeights.status()).isEqualTo(400);
        assertThat(fields(badWeights)).containsExactly("weights");
        created(hr.post("/api/v1/training/appraisal-schemes", Map.of("code", "S-" + suffix, "name", "Standard",
                "weights", Map.of("quantitative", 50, "qualitative", 30, "process", 20))));

        ApiResponse unknown = hr.post("/api/v1/training/appraisals", Map.of("staff", "nobody." + suffix,
                "period", "2013-Q2", "schemeCode", "S-" + suffix));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(fields(unknown)).containsExactly("staff");
        ApiResponse opened = created(hr.post("/api/v1/training/appraisals", Map.of("staff", agentName,
                "period", "2013-Q2", "schemeCode", "S-" + suffix)));
        // Resolution rate 66.67, first responses 100, resolutions 66.67 (K2 unresolved past 72 h),
        // satisfied 50, CSAT 4.0 → 75: 358.34 / 5 = 71.67.
        assertThat(opened.body().get("quantitativeScore").asDouble()).isEqualTo(71.67);
        assertThat(hr.post("/api/v1/training/appraisals", Map.of("staff", agentName, "period", "2013-Q2",
                "schemeCode", "S-" + suffix)).status()).isEqualTo(409);
        created(hr.post("/api/v1/training/appraisals", Map.of("staff", colleagueName, "period", "2013-Q2",
                "schemeCode", "S-" + suffix)));

        String agentPath = "/api/v1/training/appraisals/" + agentName + "/2013-Q2";
        assertThat(otherLead.put(agentPath + "/rating", Map.of("rating", 90)).status()).isEqualTo(403);
        assertThat(colleague.put(agentPath + "/rating", Map.of("rating", 90)).status()).isEqualTo(403);
        ApiResponse offScale = lead.put(agentPath + "/rating", Map.of("rating", 120));
        assertThat(offScale.status()).isEqualTo(400);
        assertThat(fields(offScale)).containsExactly("rating");
        assertThat(lead.put(agentPath + "/rating", Map.of("rating", 90, "comment", "calm")).status()).isEqualTo(200);
        ApiResponse done = hr.put(agentPath + "/conduct", Map.of("compliance", 80));
        // 0.5 * 71.67 + 0.3 * 90 + 0.2 * 80 = 35.835 + 27 + 16 = 78.835 → 78.84.
        assertThat(done.body().get("finalScore").asDouble()).isEqualTo(78.84);
        assertThat(done.body().get("band").asString()).isEqualTo("GOOD");

        String colleaguePath = "/api/v1/training/appraisals/" + colleagueName + "/2013-Q2";
        lead.put(colleaguePath + "/rating", Map.of("rating", 90));
        ApiResponse colleagueDone = lead.put(colleaguePath + "/conduct", Map.of("compliance", 80));
        // No complaints in the quarter: (30 * 90 + 20 * 80) / 50 = 86.
        assertThat(colleagueDone.body().get("quantitativeScore").isNull()).isTrue();
        assertThat(colleagueDone.body().get("finalScore").asDouble()).isEqualTo(86.0);

        ApiResponse stars = hr.get("/api/v1/training/service-stars?period=2013-Q2&top=5");
        assertThat(stars.body().values()).extracting(s -> s.get("rank").asInt() + ":" + s.get("staff").asString())
                .containsExactly("1:" + colleagueName, "2:" + agentName);
        JsonNode agentsView = agent.get("/api/v1/training/service-stars?period=2013-Q2&top=1").body();
        assertThat(agentsView.values()).hasSize(1);
        assertThat(agentsView.get(0).get("finalScore").isNull()).as("scores are for HR").isTrue();

        ApiResponse bonus = hr.post(agentPath + "/incentives", Map.of("kind", "BONUS", "amount", "800.00"));
        assertThat(bonus.status()).isEqualTo(201);
        assertThat(hr.post(agentPath + "/incentives", Map.of("kind", "BONUS")).status()).isEqualTo(400);
        assertThat(lead.post(agentPath + "/incentives", Map.of("kind", "HONOUR", "title", "Service Star")).status())
                .isEqualTo(403);

        assertThat(agent.get(agentPath).status()).isEqualTo(200);
        assertThat(lead.get(agentPath).status()).isEqualTo(200);
        assertThat(hr.get(agentPath).body().get("incentives").get(0).get("kind").asString()).isEqualTo("BONUS");
        assertThat(colleague.get(agentPath).status()).isEqualTo(403);
        assertThat(otherLead.get(agentPath).status()).isEqualTo(403);
        assertThat(asAdmin().get(agentPath).status()).isEqualTo(403);
        assertThat(colleague.get("/api/v1/training/appraisals?period=2013-Q2").body().get("total").asInt())
                .isEqualTo(1);
    }
}
