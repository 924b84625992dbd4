package dev.crm.core.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a staff password must be: long enough to resist guessing (NIST SP 800-63B favours length
 * over composition rules), mixing letters and digits, and not built from the username.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** The reasons the password is refused; empty when it is acceptable. */
    public static List<String> check(String password, String username) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add("must not be empty");
            return problems;
        }
        if (password.length() < MIN_LENGTH) {
            problems.add("must be at least " + MIN_LENGTH + " characters long");
        }
        if (password.length() > MAX_LENGTH) {
            problems.add("must be at most " + MAX_LENGTH + " characters long");
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            problems.add("must contain at least one letter and one digit");
        }
        if (password.chars().distinct().count() < 5) {
            problems.add("must contain at least 5 different characters");
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("must not contain the username");
        }
        return problems;
    }
}
