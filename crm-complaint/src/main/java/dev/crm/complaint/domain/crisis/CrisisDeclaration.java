package dev.crm.complaint.domain.crisis;

import dev.crm.complaint.domain.problem.InputCheck;
import dev.crm.core.api.FieldViolation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What declaring a crisis takes; checked before any number is taken. */
public record CrisisDeclaration(String title, String description, CrisisType type, Severity severity,
                                CrisisScope scope, CustomerEmotion customerEmotion, Instant detectedAt) {

    public List<FieldViolation> violations(Instant now) {
        List<FieldViolation> violations = new ArrayList<>();
        InputCheck.required(title, "title", 200, violations);
        InputCheck.optional(description, "description", 10_000, violations);
        if (type == null) {
            violations.add(new FieldViolation("type", "is required: PRODUCT, SERVICE or BRAND"));
        }
        violations.addAll(assessmentViolations(severity, scope, customerEmotion));
        if (detectedAt == null) {
            violations.add(new FieldViolation("detectedAt", "is required: the 3-minute rule runs from detection"));
        } else if (detectedAt.isAfter(now)) {
            violations.add(new FieldViolation("detectedAt", "must not be in the future"));
        }
        return violations;
    }

    static List<FieldViolation> assessmentViolations(Severity severity, CrisisScope scope, CustomerEmotion emotion) {
        List<FieldViolation> violations = new ArrayList<>();
        if (severity == null) {
            violations.add(new FieldViolation("severity", "is required: MODERATE, HIGH or EXTREME"));
        }
        if (scope == null) {
            violations.add(new FieldViolation("scope", "is required: LOCAL, REGIONAL or NATIONWIDE"));
        }
        if (emotion == null) {
            violations.add(new FieldViolation("customerEmotion", "is required: DISSATISFIED, ANGRY or OUTRAGED"));
        }
        return violations;
    }
}
