package dev.crm.app.training;

import static dev.crm.app.training.AssessmentFixtures.addQuestion;
import static dev.crm.app.training.AssessmentFixtures.assessment;
import static dev.crm.app.training.AssessmentFixtures.fields;
import static dev.crm.app.training.AssessmentFixtures.multipleChoice;
import static dev.crm.app.training.AssessmentFixtures.offerCourse;
import static dev.crm.app.training.AssessmentFixtures.openBank;
import static dev.crm.app.training.AssessmentFixtures.optionsStartingWith;
import static dev.crm.app.training.AssessmentFixtures.questionOfKind;
import static dev.crm.app.training.AssessmentFixtures.rolePlay;
import static dev.crm.app.training.AssessmentFixtures.singleChoice;
import static dev.crm.app.training.AssessmentFixtures.trueFalse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.core.api.Role;
import dev.crm.training.api.AssessmentScore;
import dev.crm.training.api.AssessmentScores;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/**
 * Assessments over HTTP: HR authors a bank and an assessment, an agent takes it, a named reviewer
 * grades the role-play, and the result is private. The bank holds four questions, all drawn: single
 * choice (4 points), multiple choice (4), true/false (2) and a role-play graded on empathy (max 4) and
 * resolution (max 6): 20 points, 16 of them — 80 % — pass.
 */
class AssessmentApiTest extends ApiIntegrationTest {

    /** What no candidate may see before grading: answer keys, awarded points, the seed. */
    private static final List<String> ANSWER_KEY_FIELDS = List.of("\"correct\"", "SECRET", "guidance", "modelAnswer",
            "awardedPoints", "\"seed\"", "scorePercent", "\"passed\"", "\"grades\"");

    @Autowired
    MongoTemplate mongo;

    @Autowired
    AssessmentScores assessmentScores;

    private final String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final String course = "CH-" + suffix;
    private final String bank = "BANK-" + suffix;
    private final String code = "CHECK-" + suffix;
    private ApiClient hr;
    private ApiClient reviewer;
    private String reviewerName;
    private ApiClient candidate;
    private String candidateName;
    private ApiClient colleague;

    @BeforeEach
    void authorBankAndAssessment() {
        hr = asNewStaff(Role.HR);
        reviewer = asNewStaff(Role.SUPERVISOR);
        reviewerName = reviewer.get("/api/v1/me").body().get("username").asString();
        candidate = asNewStaff(Role.AGENT);
        candidateName = candidate.get("/api/v1/me").body().get("username").asString();
        colleague = asNewStaff(Role.AGENT);
        offerCourse(hr, course);
        openBank(hr, bank);
        addQuestion(hr, bank, singleChoice(4));
        addQuestion(hr, bank, multipleChoice(4));
        addQuestion(hr, bank, trueFalse(false, 2));
        addQuestion(hr, bank, rolePlay());
        ApiResponse defined = hr.post("/api/v1/training/assessments",
                assessment(code, course, bank, 4, 2, List.of(reviewerName)));
        assertThat(defined.status()).as("%s", defined).isEqualTo(201);
        assertThat(defined.body().get("passMarkPercent").asInt()).isEqualTo(80);
    }

    @Test
    void aCandidateTakesTheAssessmentAReviewerGradesItAndOnlyThenTheAnswerKeyIsShown() {
        ApiResponse started = candidate.post("/api/v1/training/assessments/" + code + "/attempts", Map.of());
        assertThat(started.status()).as("%s", started).isEqualTo(201);
        String id = started.body().get("id").asString();
        assertThat(started.header("Location")).endsWith("/api/v1/training/attempts/" + id);
        assertThat(started.body().get("questions")).hasSize(4);
        assertNoAnswerKey(started);
        JsonNode paper = started.body();
        JsonNode single = questionOfKind(paper, "SINGLE_CHOICE");
        JsonNode multiple = questionOfKind(paper, "MULTIPLE_CHOICE");
        JsonNode rolePlay = questionOfKind(paper, "ROLE_PLAY");
        assertThat(single.get("options")).hasSize(3);
        assertThat(rolePlay.get("rubric").get(0).get("maxPoints").asInt()).isEqualTo(4);

        // One at a time, then the rest with the submit.
        assertThat(candidate.put(attempt(id) + "/answers/" + single.get("id").asString(),
                Map.of("selectedOptionIds", optionsStartingWith(single, "right"))).status()).isEqualTo(200);
        ApiResponse answered = candidate.put(attempt(id) + "/answers/" + multiple.get("id").asString(),
                Map.of("selectedOptionIds", optionsStartingWith(multiple, "right")));
        assertThat(answered.status()).isEqualTo(200);
        assertNoAnswerKey(answered);
        ApiResponse submitted = candidate.post(attempt(id) + "/submit", Map.of("answers", List.of(
                Map.of("questionId", questionOfKind(paper, "TRUE_FALSE").get("id").asString(),
                        "selectedOptionIds", List.of("FALSE")),
                Map.of("questionId", rolePlay.get("id").asString(), "text", "I am so sorry; I will re-ship today."))));
        assertThat(submitted.status()).as("%s", submitted).isEqualTo(200);
        assertThat(submitted.body().get("status").asString()).isEqualTo("AWAITING_GRADING");
        assertNoAnswerKey(submitted);
        assertNoAnswerKey(candidate.get(attempt(id)));

        // Only the named reviewer grades, and never the candidate.
        Map<String, Object> grades = grades(4, 2);
        assertThat(colleague.put(grading(id, rolePlay), grades).status()).isEqualTo(403);
        assertThat(hr.put(grading(id, rolePlay), grades).status()).isEqualTo(403);
        assertThat(candidate.put(grading(id, rolePlay), grades).status()).isEqualTo(403);
        assertThat(queueOf(reviewer)).contains(id);
        assertThat(queueOf(colleague)).doesNotContain(id);
        ApiResponse overTheMaximum = reviewer.put(grading(id, rolePlay), grades(5, 2));
        assertThat(overTheMaximum.status()).isEqualTo(400);
        assertThat(fields(overTheMaximum)).containsExactly("criteria[0].points");

        ApiResponse graded = reviewer.put(grading(id, rolePlay), grades);
        assertThat(graded.status()).as("%s", graded).isEqualTo(200);
        assertThat(graded.body().get("status").asString()).isEqualTo("GRADED");
        assertThat(graded.body().get("points").decimalValue()).isEqualByComparingTo("16");
        assertThat(graded.body().get("maxPoints").asInt()).isEqualTo(20);
        assertThat(graded.body().get("scorePercent").decimalValue()).isEqualByComparingTo("80");
        assertThat(graded.body().get("passed").asBoolean()).isTrue();
        assertThat(queueOf(reviewer)).doesNotContain(id);

        // Now the candidate sees the result with the correct answers.
        ApiResponse result = candidate.get(attempt(id));
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.rawBody()).contains("\"correct\"", "SECRET-MODEL-ANSWER", "SECRET-GUIDANCE");
        assertThat(result.body().get("passed").asBoolean()).isTrue();
        assertThat(mongo.findById(id, Document.class, "assessment_attempts").get("passReportedAt")).isNotNull();
    }

    @Test
    void resultsAreForHrTheCandidateAndTheReviewersButNotForAColleague() {
        String id = startedBy(candidate);
        candidate.post(attempt(id) + "/submit", Map.of());

        assertThat(hr.get(attempt(id)).status()).isEqualTo(200);
        assertThat(hr.get(attempt(id)).rawBody()).contains("\"correct\"");
        assertThat(reviewer.get(attempt(id)).status()).isEqualTo(200);
        assertThat(candidate.get(attempt(id)).status()).isEqualTo(200);
        ApiResponse peek = colleague.get(attempt(id));
        assertThat(peek.status()).isEqualTo(403);
        assertThat(peek.rawBody()).doesNotContain(candidateName + "\"", "questions");
        // A supervisor is not a supervisor of everyone: the chain decides, and here it is empty.
        assertThat(asNewStaff(Role.SUPERVISOR).get(attempt(id)).status()).isEqualTo(403);
        assertThat(asAdmin().get(attempt(id)).status()).isEqualTo(403);

        assertThat(colleague.get("/api/v1/training/attempts?candidate=" + candidateName).status()).isEqualTo(403);
        ApiResponse ownList = candidate.get("/api/v1/training/attempts");
        assertThat(ownList.body().get("total").asLong()).isEqualTo(1);
        assertThat(ownList.body().get("items").get(0).get("status").asString()).isEqualTo("AWAITING_GRADING");
        ApiResponse hrList = hr.get("/api/v1/training/attempts?candidate=" + candidateName
                + "&from=2020-01-01T00:00:00Z&to=2999-01-01T00:00:00Z");
        assertThat(hrList.status()).isEqualTo(200);
        assertThat(hrList.body().get("items").get(0).get("attemptId").asString()).isEqualTo(id);
        assertThat(hr.get("/api/v1/training/attempts?candidate=" + candidateName + "&from=yesterday").status())
                .isEqualTo(400);
        List<AssessmentScore> scores = assessmentScores.ofPerson(candidateName, Instant.now().minusSeconds(3600),
                Instant.now().plusSeconds(60));
        assertThat(scores).extracting(AssessmentScore::attemptId).containsExactly(id);
    }

    @Test
    void answersAfterTheTimeLimitOrToQuestionsNotInTheAttemptAreRefusedAndNotStored() {
        ApiResponse started = candidate.post("/api/v1/training/assessments/" + code + "/attempts", Map.of());
        String id = started.body().get("id").asString();
        JsonNode single = questionOfKind(started.body(), "SINGLE_CHOICE");
        String singleId = single.get("id").asString();

        ApiResponse foreign = candidate.put(attempt(id) + "/answers/" + bank + "-99", Map.of("selectedOptionIds",
                List.of("A")));
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(fields(foreign)).containsExactly("questionId");
        ApiResponse noSuchOption = candidate.put(attempt(id) + "/answers/" + singleId,
                Map.of("selectedOptionIds", List.of("Z")));
        assertThat(noSuchOption.status()).isEqualTo(400);
        assertThat(fields(noSuchOption)).containsExactly("selectedOptionIds");
        ApiResponse mixed = candidate.post(attempt(id) + "/submit", Map.of("answers", List.of(
                Map.of("questionId", singleId, "selectedOptionIds", optionsStartingWith(single, "right")),
                Map.of("questionId", "ELSEWHERE-1", "selectedOptionIds", List.of("A")))));
        assertThat(mixed.status()).isEqualTo(422);
        assertThat(fields(mixed)).containsExactly("answers[1].questionId");
        assertThat(colleague.put(attempt(id) + "/answers/" + singleId, Map.of("selectedOptionIds",
                optionsStartingWith(single, "right"))).status()).isEqualTo(403);
        assertThat(answerTo(candidate.get(attempt(id)).body(), singleId).isNull()).isTrue();

        // The attempt started 31 minutes ago, as far as the store knows: its 30 minutes are up.
        Instant now = Instant.now();
        mongo.updateFirst(Query.query(where("_id").is(id)), new Update()
                .set("startedAt", now.minus(Duration.ofMinutes(31))).set("deadline", now.minus(Duration.ofMinutes(1))),
                "assessment_attempts");
        ApiResponse late = candidate.put(attempt(id) + "/answers/" + singleId,
                Map.of("selectedOptionIds", optionsStartingWith(single, "right")));
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.body().get("detail").asString()).contains("time limit");
        ApiResponse closed = candidate.get(attempt(id));
        assertThat(closed.body().get("status").asString()).isEqualTo("AWAITING_GRADING");
        assertThat(closed.body().get("closedBy").asString()).isEqualTo("TIME_LIMIT");
        assertThat(answerTo(closed.body(), singleId).isNull()).isTrue();
        assertNoAnswerKey(closed);
        assertThat(candidate.post(attempt(id) + "/submit", Map.of()).status()).isEqualTo(422);
        assertThat(queueOf(reviewer)).contains(id);
    }

    @Test
    void aRunningAttemptAndTheAttemptLimitRefuseAnotherStart() {
        String closedOnly = "CLOSED-" + suffix;
        String closedBank = "CLOSEDBANK-" + suffix;
        openBank(hr, closedBank);
        addQuestion(hr, closedBank, singleChoice(1));
        addQuestion(hr, closedBank, trueFalse(true, 1));
        assertThat(hr.post("/api/v1/training/assessments", assessment(closedOnly, course, closedBank, 2, 1, List.of()))
                .status()).isEqualTo(201);
        String path = "/api/v1/training/assessments/" + closedOnly + "/attempts";

        ApiResponse first = candidate.post(path, Map.of());
        assertThat(first.status()).isEqualTo(201);
        ApiResponse whileRunning = candidate.post(path, Map.of());
        assertThat(whileRunning.status()).isEqualTo(422);
        assertThat(whileRunning.body().get("detail").asString()).contains("still running");

        // Closed questions only: graded at submit, and the candidate sees the key at once.
        ApiResponse submitted = candidate.post(attempt(first.body().get("id").asString()) + "/submit",
                Map.of("answers", List.of(Map.of("questionId", closedBank + "-2", "selectedOptionIds", List.of("TRUE")))));
        assertThat(submitted.body().get("status").asString()).isEqualTo("GRADED");
        assertThat(submitted.body().get("scorePercent").decimalValue()).isEqualByComparingTo("50");
        assertThat(submitted.body().get("passed").asBoolean()).isFalse();
        assertThat(submitted.rawBody()).contains("\"correct\"");

        ApiResponse beyondTheLimit = candidate.post(path, Map.of());
        assertThat(beyondTheLimit.status()).isEqualTo(422);
        assertThat(beyondTheLimit.body().get("detail").asString()).contains("attempt limit of 1");
        // The limit is per person: a colleague still has a try.
        assertThat(colleague.post(path, Map.of()).status()).isEqualTo(201);
        assertThat(asNewStaff(Role.INTEGRATOR).post(path, Map.of()).status()).isEqualTo(403);
    }

    @Test
    void badQuestionsAndAssessmentsAre400sNamingTheField() {
        Map<String, Object> twoCorrect = AssessmentFixtures.question("SINGLE_CHOICE", 2, List.of(
                AssessmentFixtures.option("a", true), AssessmentFixtures.option("b", true)));
        ApiResponse refused = hr.post("/api/v1/training/question-banks/" + bank + "/questions", twoCorrect);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("options");
        Map<String, Object> noRubric = rolePlay();
        noRubric.remove("rubric");
        assertThat(fields(hr.post("/api/v1/training/question-banks/" + bank + "/questions", noRubric)))
                .containsExactly("rubric");
        assertThat(hr.get("/api/v1/training/question-banks/" + bank).body().get("questions")).hasSize(4);

        for (int passMark : new int[] {-1, 101}) {
            Map<String, Object> body = assessment("PM-" + suffix, course, bank, 4, null, List.of(reviewerName));
            body.put("passMarkPercent", passMark);
            ApiResponse badMark = hr.post("/api/v1/training/assessments", body);
            assertThat(badMark.status()).isEqualTo(400);
            assertThat(fields(badMark)).containsExactly("passMarkPercent");
        }
        Map<String, Object> unknowns = assessment("UNK-" + suffix, "NO-SUCH-COURSE", "NO-SUCH-BANK", 1, null,
                List.of("nobody-" + suffix));
        assertThat(fields(hr.post("/api/v1/training/assessments", unknowns)))
                .containsExactlyInAnyOrder("courseCode", "drawRules[0].bankCode", "reviewers[0]");
        ApiResponse tooMany = hr.post("/api/v1/training/assessments",
                assessment("MANY-" + suffix, course, bank, 5, null, List.of(reviewerName)));
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(fields(tooMany)).containsExactly("drawRules[0].count");
        ApiResponse nobodyGrades = hr.post("/api/v1/training/assessments",
                assessment("NOREV-" + suffix, course, bank, 4, null, List.of()));
        assertThat(nobodyGrades.status()).isEqualTo(422);
        assertThat(fields(nobodyGrades)).containsExactly("reviewers");
        Map<String, Object> noRules = new HashMap<>(assessment("NR-" + suffix, course, bank, 1, null, List.of()));
        noRules.put("drawRules", new ArrayList<>());
        assertThat(fields(hr.post("/api/v1/training/assessments", noRules))).containsExactly("drawRules");
        assertThat(hr.post("/api/v1/training/assessments", assessment(code, course, bank, 4, null,
                List.of(reviewerName))).status()).isEqualTo(409);
    }

    @Test
    void onlyHrAndAdminsAuthorBanksAndAssessments() {
        assertThat(candidate.post("/api/v1/training/question-banks", Map.of("code", "X-" + suffix, "title", "t"))
                .status()).isEqualTo(403);
        assertThat(candidate.get("/api/v1/training/question-banks/" + bank).status()).isEqualTo(403);
        assertThat(reviewer.post("/api/v1/training/assessments", assessment("R-" + suffix, course, bank, 1, null,
                List.of())).status()).isEqualTo(403);
        assertThat(anonymous().get("/api/v1/training/assessments").status()).isEqualTo(401);
        ApiResponse listed = candidate.get("/api/v1/training/assessments?course=" + course);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body().get("items").get(0).get("code").asString()).isEqualTo(code);
        assertThat(asAdmin().get("/api/v1/training/question-banks/" + bank).status()).isEqualTo(200);
        assertThat(hr.get("/api/v1/training/question-banks/NOPE-" + suffix).status()).isEqualTo(404);
    }

    @Test
    void theStoreRefusesASecondAttemptWithTheSameNumberSoRacingStartsCannotExceedTheLimit() {
        String id = startedBy(candidate);
        Document twin = mongo.findById(id, Document.class, "assessment_attempts");
        twin.put("_id", id + "-twin");

        assertThatThrownBy(() -> mongo.insert(twin, "assessment_attempts"))
                .isInstanceOf(DuplicateKeyException.class);
        Document index = mongo.getCollection("assessment_attempts").listIndexes().into(new ArrayList<>()).stream()
                .filter(candidateIndex -> "attempt_number".equals(candidateIndex.getString("name")))
                .findFirst().orElseThrow();
        assertThat(index.getBoolean("unique")).isTrue();
    }

    private String startedBy(ApiClient who) {
        ApiResponse started = who.post("/api/v1/training/assessments/" + code + "/attempts", Map.of());
        assertThat(started.status()).as("%s", started).isEqualTo(201);
        return started.body().get("id").asString();
    }

    private List<String> queueOf(ApiClient who) {
        ApiResponse queue = who.get("/api/v1/training/grading-queue?size=200");
        assertThat(queue.status()).as("%s", queue).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        queue.body().get("items").values().forEach(entry -> ids.add(entry.get("attemptId").asString()));
        return ids;
    }

    private static JsonNode answerTo(JsonNode paper, String questionId) {
        for (JsonNode question : paper.get("questions").values()) {
            if (question.get("id").asString().equals(questionId)) {
                return question.get("answer");
            }
        }
        throw new AssertionError("no question " + questionId);
    }

    private static Map<String, Object> grades(int empathy, int resolution) {
        return Map.of("criteria", List.of(Map.of("criterionId", "C1", "points", empathy, "comment", "warm"),
                Map.of("criterionId", "C2", "points", resolution)));
    }

    private static String attempt(String id) {
        return "/api/v1/training/attempts/" + id;
    }

    private static String grading(String id, JsonNode question) {
        return attempt(id) + "/grades/" + question.get("id").asString();
    }

    private static void assertNoAnswerKey(ApiResponse paper) {
        assertThat(paper.status()).as("%s", paper).isIn(200, 201);
        assertThat(paper.rawBody()).doesNotContain(ANSWER_KEY_FIELDS);
    }
}
