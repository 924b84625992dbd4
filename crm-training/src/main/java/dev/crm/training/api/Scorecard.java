package dev.crm.training.api;

import dev.crm.complaint.api.AgentServiceFigures.AgentFigures;
import java.time.Instant;

/**
 * One person's figures for a period: their service KPIs (complaints they own received in the period,
 * surveys about them answered in it), the QA reviews of interactions in the period, their training
 * completion (enrolments due in the period, cancelled ones left out) and the courses they hold a
 * valid certificate for at the period's end (or now, for a running period).
 */
public record Scorecard(String staff, String period, Instant from, Instant to, AgentFigures kpis, QaSummary qa,
                        TrainingCompletion training, int validCertificates) {

    /** Means of the marks (1–5) and of the reviews' percentages; null without reviews. */
    public record QaSummary(int reviews, Double informationAccuracy, Double correctResolution, Double attitude,
                            Double courtesy, Double scorePercent) {
    }

    /** @param completionPercent completed of assigned; null when nothing was due */
    public record TrainingCompletion(int assigned, int completed, Double completionPercent) {
    }
}
