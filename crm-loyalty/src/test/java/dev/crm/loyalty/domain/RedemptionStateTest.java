package dev.crm.loyalty.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.IllegalStateTransitionException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RedemptionStateTest {

    private static final Instant NOW = Instant.parse("2026-04-01T09:00:00Z");
    private final Reward gift = Reward.offer("mug", new RewardTerms("Mug", RewardKind.GIFT, 500, 5L, 1, null, null,
            30), "admin", NOW);

    @Test
    void aReservationIsConfirmedOnceWithItsVoucher() {
        Redemption redemption = Redemption.reserve("c1", "k1", gift, "agent", NOW);

        assertThat(redemption.confirm("V1", NOW)).isTrue();
        assertThat(redemption.confirm("V1", NOW)).isFalse();
        assertThat(redemption.getState()).isEqualTo(RedemptionState.CONFIRMED);
        assertThat(redemption.getPointsPrice()).isEqualTo(500);
        assertThatThrownBy(() -> redemption.release("late", NOW)).isInstanceOf(IllegalStateTransitionException.class);
    }

    @Test
    void cancellingAReservationReleasesItAndCancellingAConfirmedOneOwesARefund() {
        Redemption reserved = Redemption.reserve("c1", "k1", gift, "agent", NOW);
        reserved.cancel("changed mind", NOW);
        assertThat(reserved.getState()).isEqualTo(RedemptionState.RELEASED);
        assertThat(reserved.isRefundDue()).isFalse();

        Redemption confirmed = Redemption.reserve("c1", "k2", gift, "agent", NOW);
        confirmed.confirm("V2", NOW);
        confirmed.cancel("changed mind", NOW);
        assertThat(confirmed.getState()).isEqualTo(RedemptionState.CANCELLED);
        assertThat(confirmed.isRefundDue()).isTrue();
        confirmed.refunded();
        assertThat(confirmed.isRefundDue()).isFalse();
        assertThatThrownBy(() -> confirmed.cancel("again", NOW)).isInstanceOf(IllegalStateTransitionException.class);
    }

    @Test
    void aVoucherIsUsedOnceAndNotAfterItExpires() {
        Redemption redemption = Redemption.reserve("c1", "k1", gift, "agent", NOW);
        Voucher voucher = Voucher.issue("ABC", redemption, 30, NOW);
        Voucher expired = Voucher.issue("DEF", redemption, 30, NOW);

        voucher.use("till-1", NOW.plus(Duration.ofDays(29)));
        assertThat(voucher.statusAt(NOW)).isEqualTo(Voucher.Status.USED);
        assertThatThrownBy(() -> voucher.use("till-2", NOW)).isInstanceOf(IllegalStateTransitionException.class);
        assertThatThrownBy(() -> expired.use("till-1", NOW.plus(Duration.ofDays(30))))
                .isInstanceOf(BusinessRuleViolationException.class);
    }

    @Test
    void aRewardOutsideItsValidityIsNotOffered() {
        RewardTerms seasonal = new RewardTerms("Lantern", RewardKind.GIFT, 10, null, null, NOW,
                NOW.plus(Duration.ofDays(7)), 30);
        assertThat(seasonal.offeredAt(NOW.minusSeconds(1))).isFalse();
        assertThat(seasonal.offeredAt(NOW)).isTrue();
        assertThat(seasonal.offeredAt(NOW.plus(Duration.ofDays(7)))).isFalse();
    }
}
