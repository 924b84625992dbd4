package dev.crm.complaint.domain;

import java.time.Instant;

/**
 * A survey answer as the complaint keeps it: the scores only, which are statistics and survive
 * anonymisation; the comment stays on the survey.
 */
public record SurveyScore(String surveyId, int csat, Integer nps, Instant answeredAt) {
}
