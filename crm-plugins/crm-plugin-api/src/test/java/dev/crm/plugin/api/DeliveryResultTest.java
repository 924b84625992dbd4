package dev.crm.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeliveryResultTest {

    @Test
    void aDeliveryKeepsTheProviderMessageId() {
        assertThat(DeliveryResult.delivered("p-1")).isEqualTo(new DeliveryResult.Delivered("p-1"));
    }

    @Test
    void aDeliveryWithoutProviderIdHasNone() {
        assertThat(((DeliveryResult.Delivered) DeliveryResult.delivered(null)).providerMessageId()).isNull();
        assertThat(((DeliveryResult.Delivered) DeliveryResult.delivered(" ")).providerMessageId()).isNull();
    }

    @Test
    void aRetryableFailureMayNameWhenToRetry() {
        assertThat(DeliveryResult.retryAfter("throttled", Duration.ofSeconds(30)))
                .isEqualTo(new DeliveryResult.RetryableFailure("throttled", Duration.ofSeconds(30)));
        assertThat(DeliveryResult.retryLater("provider answered 503"))
                .isEqualTo(new DeliveryResult.RetryableFailure("provider answered 503", null));
        assertThat(DeliveryResult.retryAfter("now", Duration.ZERO)).isInstanceOf(DeliveryResult.RetryableFailure.class);
    }

    @Test
    void aRetryCannotBeAskedForInThePast() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DeliveryResult.retryAfter("throttled", Duration.ofSeconds(-1)))
                .withMessageContaining("retryAfter");
        assertThatNullPointerException().isThrownBy(() -> DeliveryResult.retryAfter("throttled", null));
    }

    @Test
    void failuresNeedAReason() {
        assertThatIllegalArgumentException().isThrownBy(() -> DeliveryResult.retryLater(" "));
        assertThatNullPointerException().isThrownBy(() -> DeliveryResult.retryLater(null));
        assertThatIllegalArgumentException().isThrownBy(() -> DeliveryResult.permanentFailure(""));
        assertThatNullPointerException().isThrownBy(() -> DeliveryResult.permanentFailure(null));
    }

    @Test
    void thereAreExactlyThreeOutcomes() {
        // Sealed, so the host's handling of outcomes stays complete; a new outcome is a major version.
        assertThat(DeliveryResult.class.isSealed()).isTrue();
        assertThat(DeliveryResult.class.getPermittedSubclasses()).containsExactlyInAnyOrder(
                DeliveryResult.Delivered.class, DeliveryResult.RetryableFailure.class, DeliveryResult.PermanentFailure.class);
    }
}
