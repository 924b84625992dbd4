package dev.crm.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginAttemptsTest {

    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    private static final LoginAttempts.Terms TERMS = new LoginAttempts.Terms(3, Duration.ofMinutes(15),
            Duration.ofMinutes(1), Duration.ofMinutes(5));

    private static LoginAttempts fail(LoginAttempts attempts, Instant at, int times) {
        LoginAttempts next = attempts;
        for (int i = 0; i < times; i++) {
            next = next.failedAt(at, TERMS);
        }
        return next;
    }

    @Test
    void theLimitWithinTheWindowLocksOutForTheFirstPeriod() {
        LoginAttempts twice = fail(LoginAttempts.none("user:a"), T0, 2);
        assertThat(twice.lockedAt(T0)).isEmpty();

        LoginAttempts locked = twice.failedAt(T0.plusSeconds(10), TERMS);

        assertThat(locked.lockedAt(T0.plusSeconds(10))).hasValue(T0.plusSeconds(70));
        assertThat(locked.lockedAt(T0.plusSeconds(70))).isEmpty();
        assertThat(locked.revision()).isEqualTo(3);
    }

    @Test
    void failuresSpreadBeyondTheWindowDoNotAddUp() {
        LoginAttempts attempts = fail(LoginAttempts.none("user:a"), T0, 2);

        LoginAttempts later = attempts.failedAt(T0.plus(Duration.ofMinutes(15)), TERMS);

        assertThat(later.lockedAt(T0.plus(Duration.ofMinutes(15)))).isEmpty();
        assertThat(later.failures()).isEqualTo(1);
    }

    @Test
    void eachFurtherLockOutLastsTwiceTheLastUpToTheCap() {
        LoginAttempts attempts = LoginAttempts.none("user:a");
        Instant at = T0;
        for (long expectedMinutes : new long[] {1, 2, 4, 5, 5}) {
            attempts = fail(attempts, at, 3);
            Instant until = attempts.lockedAt(at).orElseThrow();
            assertThat(Duration.between(at, until)).isEqualTo(Duration.ofMinutes(expectedMinutes));
            at = until;
        }
    }

    @Test
    void aKeyQuietForTheCapAfterItsLastWindowIsForgotten() {
        LoginAttempts locked = fail(LoginAttempts.none("user:a"), T0, 3);
        Instant forgotten = T0.plus(Duration.ofMinutes(15 + 5));
        assertThat(locked.forgotten(forgotten.minusSeconds(1))).isFalse();
        assertThat(locked.forgotten(forgotten)).isTrue();

        LoginAttempts afresh = fail(locked, forgotten, 3);

        // Starts again from the first lock-out rather than doubling the last one.
        assertThat(afresh.lockedAt(forgotten)).hasValue(forgotten.plus(Duration.ofMinutes(1)));
    }

    @Test
    void termsThatCouldNeverLockOrUnlockAreRefused() {
        assertThatThrownBy(() -> new LoginAttempts.Terms(0, Duration.ofMinutes(1), Duration.ofMinutes(1),
                Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginAttempts.Terms(5, Duration.ofMinutes(1), Duration.ofMinutes(10),
                Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
