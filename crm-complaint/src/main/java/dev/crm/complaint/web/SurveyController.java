package dev.crm.complaint.web;

import dev.crm.complaint.api.SurveyKind;
import dev.crm.complaint.api.SurveyStatus;
import dev.crm.complaint.application.SurveyAnswers;
import dev.crm.complaint.domain.Survey;
import dev.crm.complaint.domain.SurveyAnswer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The customer's side of a survey, public (the token is the credential): read the questions, answer
 * once. A forged or unknown token is 404 (the same answer for both), an answered survey 409, an
 * expired one 410, bad values 400 naming the field. Answers are never cached on the way.
 */
@RestController
@RequestMapping("/api/v1/surveys")
class SurveyController {

    private static final String NPS_QUESTION = "How likely are you to recommend us to a friend or colleague?";
    private static final Map<String, String> CSAT_LABELS = labels();

    private final SurveyAnswers answers;

    SurveyController(SurveyAnswers answers) {
        this.answers = answers;
    }

    record Question(String field, String text, boolean required, Integer min, Integer max, Map<String, String> labels,
                    Integer maxLength) {
    }

    record SurveyQuestions(SurveyKind kind, String complaintNumber, Instant expiresAt, List<Question> questions) {
    }

    record AnswerReceipt(SurveyStatus status, Instant answeredAt, String message) {
    }

    @GetMapping("/{token}")
    ResponseEntity<SurveyQuestions> questions(@PathVariable String token) {
        Survey survey = answers.open(token);
        String csat = survey.getKind() == SurveyKind.POST_RESOLUTION
                ? "How satisfied are you with how we handled your complaint " + survey.getComplaintNumber() + "?"
                : survey.getQuestion();
        List<Question> questions = List.of(
                new Question("csat", csat, true, 1, 5, CSAT_LABELS, null),
                new Question("nps", NPS_QUESTION, false, 0, 10, Map.of("0", "not at all likely", "10",
                        "extremely likely"), null),
                new Question("comment", "Is there anything you would like to tell us?", false, null, null, null,
                        SurveyAnswer.MAX_COMMENT));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new SurveyQuestions(survey.getKind(), survey.getComplaintNumber(), survey.getExpiresAt(),
                        questions));
    }

    @PostMapping("/{token}")
    ResponseEntity<AnswerReceipt> answer(@PathVariable String token, @RequestBody SurveyAnswerRequest body) {
        Survey survey = answers.answerByLink(token, body.csat(), body.nps(), body.comment());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new AnswerReceipt(survey.getStatus(), survey.getAnsweredAt(), "Thank you for your answer."));
    }

    /** The five levels of 000 §3.1. */
    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("1", "very dissatisfied");
        labels.put("2", "dissatisfied");
        labels.put("3", "neither satisfied nor dissatisfied");
        labels.put("4", "satisfied");
        labels.put("5", "very satisfied");
        return labels;
    }
}
