package dev.crm.training.application;

/**
 * Told when an attempt passes (certificates issue from it). Every bean implementing it is told, after
 * the graded attempt is stored; none is a no-op. An implementation must be idempotent by
 * {@code attemptId}: a pass is reported again when the first report failed.
 */
public interface PassedAssessments {

    void passed(AssessmentPassed passed);
}
