package dev.crm.core.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A phone number normalised to digits with an optional leading {@code +} (E.164 style when the
 * country code is given). Separators people type (spaces, dashes, dots, brackets) are removed.
 */
public record PhoneNumber(@JsonValue String value) {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-().]");
    private static final Pattern SHAPE = Pattern.compile("^\\+?[0-9]{6,15}$");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public PhoneNumber {
        Objects.requireNonNull(value, "value");
        String normalised = SEPARATORS.matcher(value.strip()).replaceAll("");
        if (normalised.startsWith("00")) {
            normalised = "+" + normalised.substring(2);
        }
        if (!SHAPE.matcher(normalised).matches()) {
            throw new IllegalArgumentException("not a valid phone number");
        }
        value = normalised;
    }

    public static boolean isValid(String candidate) {
        if (candidate == null) {
            return false;
        }
        try {
            new PhoneNumber(candidate);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Keeps the first three and last four digits, the common display convention for mobile
     * numbers (e.g. {@code 138****5678}); shorter numbers keep only their last two digits.
     */
    public String masked() {
        String prefix = value.startsWith("+") ? "+" : "";
        String digits = value.substring(prefix.length());
        if (digits.length() < 9) {
            return prefix + "*".repeat(digits.length() - 2) + digits.substring(digits.length() - 2);
        }
        return prefix + digits.substring(0, 3) + "*".repeat(digits.length() - 7) + digits.substring(digits.length() - 4);
    }

    @Override
    public String toString() {
        return value;
    }
}
