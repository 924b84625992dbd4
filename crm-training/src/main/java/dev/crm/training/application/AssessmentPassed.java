package dev.crm.training.application;

import java.math.BigDecimal;
import java.time.Instant;

/** A person passed an assessment of a course: what a certificate is issued for. */
public record AssessmentPassed(String attemptId, String assessmentCode, String courseCode, String candidate,
                               BigDecimal scorePercent, Instant passedAt) {
}
