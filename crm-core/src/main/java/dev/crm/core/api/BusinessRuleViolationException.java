package dev.crm.core.api;

import java.util.List;

/**
 * A well-formed request that a business rule refuses, e.g. resolving a complaint without a
 * recorded solution (HTTP 422). Names the fields the rule needs when there are any.
 */
public class BusinessRuleViolationException extends RuntimeException {

    private final List<FieldViolation> violations;

    public BusinessRuleViolationException(String message, List<FieldViolation> violations) {
        super(message);
        this.violations = List.copyOf(violations);
    }

    public BusinessRuleViolationException(String message) {
        this(message, List.of());
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
