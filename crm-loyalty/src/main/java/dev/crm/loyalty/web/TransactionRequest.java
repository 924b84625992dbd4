package dev.crm.loyalty.web;

import dev.crm.core.api.FieldViolation;
import dev.crm.loyalty.api.EarnKind;
import dev.crm.loyalty.domain.PointsAccount;
import dev.crm.loyalty.domain.SourceRefs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A points transaction. {@code reference} is the business source reference (order number, voucher
 * code) for EARN, REDEEM and ADJUST — without one the Idempotency-Key stands in — and for REVERSE the
 * reference of the entry to compensate.
 */
record TransactionRequest(TransactionType type, Long points, EarnKind kind, String reference, String reason,
                          Instant expiresAt) {

    enum TransactionType { EARN, REDEEM, ADJUST, REVERSE }

    List<FieldViolation> violations() {
        List<FieldViolation> violations = new ArrayList<>();
        if (type == null) {
            violations.add(new FieldViolation("type", "is required: EARN, REDEEM, ADJUST or REVERSE"));
            return violations;
        }
        switch (type) {
            case EARN, REDEEM -> {
                if (points == null || points <= 0) {
                    violations.add(new FieldViolation("points", "must be more than 0"));
                }
            }
            case ADJUST -> {
                if (points == null || points == 0) {
                    violations.add(new FieldViolation("points", "is required and must not be 0 (signed)"));
                }
            }
            case REVERSE -> {
                if (points != null) {
                    violations.add(new FieldViolation("points", "must not be given: a reversal compensates the"
                            + " referenced entry"));
                }
            }
        }
        if (type == TransactionType.EARN && kind == null) {
            violations.add(new FieldViolation("kind", "is required to earn points"));
        } else if (type != TransactionType.EARN && kind != null) {
            violations.add(new FieldViolation("kind", "applies only to EARN"));
        }
        if (type != TransactionType.EARN && expiresAt != null) {
            violations.add(new FieldViolation("expiresAt", "applies only to EARN"));
        }
        if (type == TransactionType.REVERSE) {
            if (reference == null || reference.isBlank()) {
                violations.add(new FieldViolation("reference", "is required: the reference of the entry to reverse"));
            }
        } else if (reference != null) {
            SourceRefs.check("reference", reference, violations);
        }
        if (type == TransactionType.ADJUST && (reason == null || reason.isBlank())) {
            violations.add(new FieldViolation("reason", "is required for an adjustment"));
        } else if (reason != null && reason.strip().length() > PointsAccount.MAX_REASON) {
            violations.add(new FieldViolation("reason", "must be at most " + PointsAccount.MAX_REASON + " characters"));
        }
        return violations;
    }

    /** What makes two requests "the same body" for the Idempotency-Key. */
    String fingerprint() {
        return String.join("\u0000", String.valueOf(type), String.valueOf(points), String.valueOf(kind),
                String.valueOf(reference), String.valueOf(reason == null ? null : reason.strip()),
                String.valueOf(expiresAt));
    }
}
