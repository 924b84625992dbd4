package dev.crm.loyalty.web;

import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.DuplicateRecordException;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.loyalty.api.InsufficientPointsException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * RFC 9457 bodies for the refusals of a posting, built here (same types and titles as the API's
 * problem handler) so that the answer stored under an Idempotency-Key is byte for byte the one
 * replayed. An overdraft carries {@code available} and {@code requested}.
 */
final class LedgerProblems {

    private LedgerProblems() {
    }

    record Problem(int status, Map<String, Object> body) {
    }

    /** The problem for a posting's refusal; empty for anything else (not stored, handled as usual). */
    static Optional<Problem> of(RuntimeException e, String instance) {
        if (e instanceof InsufficientPointsException overdraft) {
            Problem problem = problem(422, "business-rule-violated", "A business rule refuses the request",
                    e.getMessage(), overdraft.violations(), instance);
            problem.body().put("available", overdraft.available());
            problem.body().put("requested", overdraft.requested());
            return Optional.of(problem);
        }
        if (e instanceof BusinessRuleViolationException rule) {
            return Optional.of(problem(422, "business-rule-violated", "A business rule refuses the request",
                    e.getMessage(), rule.violations(), instance));
        }
        if (e instanceof RecordNotFoundException) {
            return Optional.of(problem(404, "not-found", "No such record", e.getMessage(), List.of(), instance));
        }
        if (e instanceof DuplicateRecordException duplicate) {
            return Optional.of(problem(409, "duplicate", "The record already exists", e.getMessage(),
                    List.of(new FieldViolation(duplicate.field(), "already taken")), instance));
        }
        return Optional.empty();
    }

    static Problem problem(int status, String slug, String title, String detail, List<FieldViolation> errors,
                           String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:crm:problem:" + slug);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", instance);
        if (!errors.isEmpty()) {
            body.put("errors", errors);
        }
        return new Problem(status, body);
    }
}
