package dev.crm.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Request bodies for banks, questions and assessments, and helpers to read an attempt's paper. The
 * correct option of every choice question is the one whose text starts with "right".
 */
final class AssessmentFixtures {

    private AssessmentFixtures() {
    }

    static void offerCourse(ApiClient hr, String code) {
        ApiResponse offered = hr.post("/api/v1/training/courses", Map.of("code", code, "title", "Handling complaints",
                "category", "SERVICE_SKILLS", "deliveryForm", "SIMULATION_DRILL", "durationMinutes", 120));
        assertThat(offered.status()).as("%s", offered).isEqualTo(201);
    }

    static void openBank(ApiClient hr, String code) {
        ApiResponse opened = hr.post("/api/v1/training/question-banks",
                Map.of("code", code, "title", "Complaint handling", "topic", "service skills"));
        assertThat(opened.status()).as("%s", opened).isEqualTo(201);
    }

    static String addQuestion(ApiClient hr, String bank, Map<String, Object> question) {
        ApiResponse added = hr.post("/api/v1/training/question-banks/" + bank + "/questions", question);
        assertThat(added.status()).as("%s", added).isEqualTo(201);
        return added.body().get("id").asString();
    }

    static Map<String, Object> singleChoice(int points) {
        return question("SINGLE_CHOICE", points, List.of(option("right: apologise first", true),
                option("wrong: explain the policy", false), option("wrong: transfer the call", false)));
    }

    /** A, B correct of four. */
    static Map<String, Object> multipleChoice(int points) {
        return question("MULTIPLE_CHOICE", points, List.of(option("right: listen", true),
                option("right: summarise", true), option("wrong: interrupt", false), option("wrong: argue", false)));
    }

    static Map<String, Object> trueFalse(boolean statementIsTrue, int points) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "TRUE_FALSE");
        body.put("text", "The first person the customer reaches owns the complaint.");
        body.put("points", points);
        body.put("statementIsTrue", statementIsTrue);
        return body;
    }

    /** Two criteria: empathy (max 4), resolution (max 6). */
    static Map<String, Object> rolePlay() {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "ROLE_PLAY");
        body.put("text", "A customer's parcel is lost for the second time. Handle the call.");
        body.put("rubric", List.of(
                Map.of("description", "empathy", "maxPoints", 4, "guidance", "SECRET-GUIDANCE acknowledges feelings"),
                Map.of("description", "resolution", "maxPoints", 6, "guidance", "SECRET-GUIDANCE offers a remedy")));
        body.put("modelAnswer", "SECRET-MODEL-ANSWER: apologise, own it, re-ship today");
        body.put("tags", List.of("role-play"));
        return body;
    }

    static Map<String, Object> assessment(String code, String course, String bank, int count, Integer attemptLimit,
                                          List<String> reviewers) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("title", "Complaint handling check");
        body.put("courseCode", course);
        body.put("drawRules", List.of(Map.of("bankCode", bank, "count", count)));
        body.put("timeLimitMinutes", 30);
        body.put("attemptLimit", attemptLimit);
        body.put("reviewers", reviewers);
        return body;
    }

    static Map<String, Object> question(String kind, int points, List<Map<String, Object>> options) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("text", "What comes first with an angry customer?");
        body.put("points", points);
        body.put("options", options);
        return body;
    }

    static Map<String, Object> option(String text, boolean correct) {
        return Map.of("text", text, "correct", correct);
    }

    /** The ids of the options of a paper question whose text starts with {@code prefix}. */
    static List<String> optionsStartingWith(JsonNode question, String prefix) {
        List<String> ids = new ArrayList<>();
        question.get("options").values().forEach(option -> {
            if (option.get("text").asString().startsWith(prefix)) {
                ids.add(option.get("id").asString());
            }
        });
        return ids;
    }

    static JsonNode questionOfKind(JsonNode paper, String kind) {
        for (JsonNode question : paper.get("questions").values()) {
            if (question.get("kind").asString().equals(kind)) {
                return question;
            }
        }
        throw new AssertionError("no " + kind + " question in " + paper);
    }

    static List<String> fields(ApiResponse problem) {
        List<String> fields = new ArrayList<>();
        problem.body().get("errors").values().forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }
}
