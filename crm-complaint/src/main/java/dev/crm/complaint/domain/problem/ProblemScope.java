package dev.crm.complaint.domain.problem;

import dev.crm.complaint.api.ComplaintType;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * Which complaints a problem record is about: a type, a product (reference or category), a customer
 * (a repeat complaint's {@code customer:<id>} or {@code contact:<hint>}). Effectiveness checks count
 * the complaints in this scope. Empty parts mean "any".
 */
public record ProblemScope(ComplaintType type, String productReference, String productCategory, String customerKey) {

    public static final ProblemScope NONE = new ProblemScope(null, null, null, null);

    public ProblemScope {
        productReference = InputCheck.strip(productReference);
        productCategory = InputCheck.strip(productCategory);
        customerKey = InputCheck.strip(customerKey);
    }

    /** A scope given by staff: a type and/or product; customers are only scoped by detection. */
    public static ProblemScope of(ComplaintType type, String productReference, String productCategory) {
        List<FieldViolation> violations = new ArrayList<>();
        InputCheck.optional(productReference, "scope.productReference", 200, violations);
        InputCheck.optional(productCategory, "scope.productCategory", 100, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new ProblemScope(type, productReference, productCategory, null);
    }

    public boolean isEmpty() {
        return type == null && productReference == null && productCategory == null && customerKey == null;
    }
}
