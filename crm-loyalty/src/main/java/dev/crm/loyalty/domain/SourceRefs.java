package dev.crm.loyalty.domain;

import dev.crm.core.api.FieldViolation;
import java.util.List;

/**
 * Source references. The ledger derives its own for the entries it writes by itself (an expiry per
 * lot, a reversal per reversed entry), so running them twice or on two nodes finds the first one;
 * callers may not use those prefixes, or they could pre-empt an expiry.
 */
public final class SourceRefs {

    public static final int MAX_LENGTH = 200;
    static final String EXPIRY = "expiry:";
    static final String REVERSAL = "reversal:";

    private SourceRefs() {
    }

    public static String expiry(String customerId, long lot) {
        return EXPIRY + customerId + ":" + lot;
    }

    public static String reversal(String entryId) {
        return REVERSAL + entryId;
    }

    /** Adds a violation named {@code field} when a caller's reference is missing, too long or reserved. */
    public static void check(String field, String sourceRef, List<FieldViolation> violations) {
        if (sourceRef == null || sourceRef.isBlank()) {
            violations.add(new FieldViolation(field, "is required: it makes the posting idempotent"));
        } else if (sourceRef.length() > MAX_LENGTH) {
            violations.add(new FieldViolation(field, "must be at most " + MAX_LENGTH + " characters"));
        } else if (sourceRef.startsWith(EXPIRY) || sourceRef.startsWith(REVERSAL)) {
            violations.add(new FieldViolation(field, "must not start with '" + EXPIRY + "' or '" + REVERSAL
                    + "' (the ledger's own references)"));
        }
    }
}
