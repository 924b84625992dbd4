package dev.crm.channel.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReplayGuardTest {

    private static final Instant T = Instant.parse("2026-11-22T08:00:00Z");
    private static final Duration WINDOW = Duration.ofSeconds(300);

    @Test
    void anIdIsRefusedUntilItsWindowClosesAndAcceptedAfter() {
        ReplayGuard guard = new ReplayGuard(10);

        assertThat(guard.firstSighting("a", T, WINDOW, T)).isTrue();
        assertThat(guard.firstSighting("a", T, WINDOW, T.plusSeconds(300))).isFalse();
        assertThat(guard.firstSighting("a", T.plusSeconds(301), WINDOW, T.plusSeconds(301))).isTrue();
    }

    @Test
    void closedWindowsAreForgotten() {
        ReplayGuard guard = new ReplayGuard(10);
        guard.firstSighting("a", T, WINDOW, T);
        guard.firstSighting("b", T.plusSeconds(10), WINDOW, T.plusSeconds(10));

        guard.firstSighting("c", T.plusSeconds(305), WINDOW, T.plusSeconds(305));

        assertThat(guard.size()).isEqualTo(2);
    }

    @Test
    void beyondCapacityTheOldestIdIsForgotten() {
        ReplayGuard guard = new ReplayGuard(3);
        for (String id : new String[] {"a", "b", "c", "d"}) {
            assertThat(guard.firstSighting(id, T, WINDOW, T)).isTrue();
        }

        assertThat(guard.size()).isEqualTo(3);
        assertThat(guard.firstSighting("b", T, WINDOW, T)).isFalse();
        assertThat(guard.firstSighting("a", T, WINDOW, T)).isTrue();
    }
}
