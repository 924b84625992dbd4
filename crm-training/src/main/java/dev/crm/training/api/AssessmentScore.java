package dev.crm.training.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One attempt of a person at an assessment and, once graded, its score: for learning evaluation
 * (Kirkpatrick level 2) and scorecards. {@code points}, {@code scorePercent} and {@code passed} are
 * null until the attempt is {@link AttemptStatus#GRADED}.
 */
public record AssessmentScore(String attemptId, String assessmentCode, String courseCode, String candidate,
                              int attemptNumber, AttemptStatus status, Instant startedAt, Instant submittedAt,
                              Instant gradedAt, BigDecimal points, int maxPoints, BigDecimal scorePercent,
                              int passMarkPercent, Boolean passed) {
}
