package dev.crm.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsALongMixedPassword() {
        assertThat(PasswordPolicy.check("harbour-lantern-42", "liwei")).isEmpty();
    }

    @Test
    void refusesShortPasswords() {
        assertThat(PasswordPolicy.check("abc123xyz", "liwei")).contains("must be at least 12 characters long");
    }

    @Test
    void refusesPasswordsWithoutADigitOrWithoutALetter() {
        assertThat(PasswordPolicy.check("only-letters-here", "liwei"))
                .contains("must contain at least one letter and one digit");
        assertThat(PasswordPolicy.check("1234567890123", "liwei"))
                .contains("must contain at least one letter and one digit");
    }

    @Test
    void refusesPasswordsContainingTheUsernameWhateverTheCase() {
        assertThat(PasswordPolicy.check("LiWei-2026-secret", "liwei")).contains("must not contain the username");
    }

    @Test
    void refusesRepetitivePasswords() {
        assertThat(PasswordPolicy.check("aaaa1111aaaa1111", "liwei"))
                .contains("must contain at least 5 different characters");
    }

    @Test
    void refusesMissingPasswords() {
        assertThat(PasswordPolicy.check(null, "liwei")).containsExactly("must not be empty");
        assertThat(PasswordPolicy.check("", "liwei")).containsExactly("must not be empty");
    }
}
