package dev.crm.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class RecentlyVerifiedPasswordsTest {

    private final CountingBcrypt bcrypt = new CountingBcrypt();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-02T08:00:00Z"));
    private final RecentlyVerifiedPasswords passwords =
            new RecentlyVerifiedPasswords(bcrypt, clock, Duration.ofMinutes(5), 2);
    private final String stored = bcrypt.encode("Harbour-Lantern-2026");

    @Test
    void aMatchingPasswordIsVerifiedByBcryptOnceWithinTheMemory() {
        assertThat(passwords.matches("Harbour-Lantern-2026", stored)).isTrue();
        clock.advance(Duration.ofMinutes(4));
        assertThat(passwords.matches("Harbour-Lantern-2026", stored)).isTrue();
        assertThat(passwords.matches("Harbour-Lantern-2026", stored)).isTrue();

        assertThat(bcrypt.verifications).isEqualTo(1);
    }

    @Test
    void aWrongPasswordCostsABcryptVerificationEveryTimeAndIsNeverAccepted() {
        assertThat(passwords.matches("Harbour-Lantern-2026", stored)).isTrue();

        assertThat(passwords.matches("Harbour-Lantern-2027", stored)).isFalse();
        assertThat(passwords.matches("Harbour-Lantern-2027", stored)).isFalse();

        assertThat(bcrypt.verifications).isEqualTo(3);
    }

    @Test
    void theMemoryLapsesAfterItsDuration() {
        passwords.matches("Harbour-Lantern-2026", stored);
        clock.advance(Duration.ofMinutes(5));

        assertThat(passwords.matches("Harbour-Lantern-2026", stored)).isTrue();
        assertThat(bcrypt.verifications).isEqualTo(2);
    }

    @Test
    void aChangedPasswordHasANewHashSoTheOldPasswordIsCheckedAgainstIt() {
        passwords.matches("Harbour-Lantern-2026", stored);
        String changed = bcrypt.encode("Kettle-Orchard-4417");

        assertThat(passwords.matches("Harbour-Lantern-2026", changed)).isFalse();
        assertThat(passwords.matches("Kettle-Orchard-4417", changed)).isTrue();
        assertThat(bcrypt.verifications).isEqualTo(3);
    }

    @Test
    void theLeastRecentlyUsedPairIsForgottenBeyondTheCapacity() {
        String second = bcrypt.encode("Kettle-Orchard-4417");
        String third = bcrypt.encode("Willow-Harbour-9031");
        passwords.matches("Harbour-Lantern-2026", stored);
        passwords.matches("Kettle-Orchard-4417", second);
        passwords.matches("Willow-Harbour-9031", third);

        passwords.matches("Willow-Harbour-9031", third);
        passwords.matches("Harbour-Lantern-2026", stored);

        assertThat(bcrypt.verifications).as("the first pair was forgotten, the third remembered").isEqualTo(4);
    }

    @Test
    void aZeroMemoryVerifiesEveryTime() {
        RecentlyVerifiedPasswords forgetful = new RecentlyVerifiedPasswords(bcrypt, clock, Duration.ZERO, 10);

        forgetful.matches("Harbour-Lantern-2026", stored);
        forgetful.matches("Harbour-Lantern-2026", stored);

        assertThat(bcrypt.verifications).isEqualTo(2);
    }

    /** Real BCrypt (cheap work factor), counting its verifications. */
    private static final class CountingBcrypt implements PasswordEncoder {
        private final PasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        int verifications;

        @Override
        public String encode(CharSequence rawPassword) {
            return bcrypt.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            verifications++;
            return bcrypt.matches(rawPassword, encodedPassword);
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
