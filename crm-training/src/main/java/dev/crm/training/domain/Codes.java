package dev.crm.training.domain;

import dev.crm.core.api.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/** The one format of codes that people type: departments and courses. */
final class Codes {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,31}");

    private Codes() {
    }

    static String normalise(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    static String require(String code, String field) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidInputException(field, "must be 2-32 upper-case letters, digits or '-', starting with a letter");
        }
        return code;
    }

    static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "must not be blank");
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new InvalidInputException(field, "must be at most " + max + " characters");
        }
        return stripped;
    }
}
