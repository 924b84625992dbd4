package dev.crm.core.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** A syntactically valid e-mail address, with its domain normalised to lower case. */
public record EmailAddress(@JsonValue String value) {

    // Deliberately pragmatic (what mail servers accept in practice), not the full RFC 5322 grammar.
    private static final Pattern SHAPE =
            Pattern.compile("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public EmailAddress {
        Objects.requireNonNull(value, "value");
        String trimmed = value.strip();
        if (trimmed.length() > 254 || !SHAPE.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("not a valid e-mail address");
        }
        int at = trimmed.lastIndexOf('@');
        value = trimmed.substring(0, at) + "@" + trimmed.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    public static boolean isValid(String candidate) {
        return candidate != null && candidate.strip().length() <= 254 && SHAPE.matcher(candidate.strip()).matches();
    }

    /** For lists shown to staff who do not need the full address: {@code j***@example.com}. */
    public String masked() {
        int at = value.indexOf('@');
        return value.charAt(0) + "***" + value.substring(at);
    }

    @Override
    public String toString() {
        return value;
    }
}
