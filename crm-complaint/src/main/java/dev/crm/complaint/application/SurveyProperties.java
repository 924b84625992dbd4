package dev.crm.complaint.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param baseUrl                where customers open survey links: {@code <baseUrl>/surveys/<token>}
 * @param secret                 key of the link tokens (at least 32 characters); unset: one is
 *                               generated and kept in {@code complaint_secrets}, the same for every node
 * @param validFor               how long a link (or a return visit) can be answered
 * @param reopenWhenUnsatisfied  whether a CSAT of 1 or 2 reopens the complaint (else it closes as DISSATISFIED)
 * @param passInterval           how often the survey pass (expiry and repairs) runs on each node
 * @param passBatch              how many surveys one pass step reads at most
 */
@ConfigurationProperties("crm.complaint.survey")
public record SurveyProperties(@DefaultValue("http://localhost:8080") String baseUrl,
                               String secret,
                               @DefaultValue("P14D") Duration validFor,
                               @DefaultValue("true") boolean reopenWhenUnsatisfied,
                               @DefaultValue("PT5M") Duration passInterval,
                               @DefaultValue("500") int passBatch) {

    public SurveyProperties {
        if (secret != null && !secret.isBlank() && secret.length() < 32) {
            throw new IllegalArgumentException("crm.complaint.survey.secret must have at least 32 characters");
        }
        if (validFor == null || validFor.isNegative() || validFor.isZero()) {
            throw new IllegalArgumentException("crm.complaint.survey.valid-for must be positive");
        }
        if (passBatch < 1) {
            throw new IllegalArgumentException("crm.complaint.survey.pass-batch must be at least 1");
        }
        baseUrl = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
    }

    String link(String token) {
        return baseUrl + "/surveys/" + token;
    }
}
