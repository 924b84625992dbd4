package dev.crm.complaint.domain.problem;

import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/** The text checks every problem and crisis input shares: required or optional, bounded length. */
public final class InputCheck {

    private InputCheck() {
    }

    public static void required(String value, String field, int max, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new FieldViolation(field, "is required"));
        } else {
            optional(value, field, max, violations);
        }
    }

    public static void optional(String value, String field, int max, List<FieldViolation> violations) {
        if (value != null && value.strip().length() > max) {
            violations.add(new FieldViolation(field, "must be at most " + max + " characters"));
        }
    }

    /** @throws InvalidInputException naming the field when the text is longer than {@code max} */
    public static void bounded(String value, String field, int max) {
        List<FieldViolation> violations = new ArrayList<>();
        optional(value, field, max, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    public static void atMost(List<?> values, String field, int max, List<FieldViolation> violations) {
        if (values != null && values.size() > max) {
            violations.add(new FieldViolation(field, "at most " + max + " entries"));
        }
    }

    public static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
