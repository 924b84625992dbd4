package dev.crm.loyalty.domain;

import dev.crm.core.api.IllegalStateTransitionException;
import java.time.Instant;
import java.util.Objects;
import lombok.Getter;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A member's redemption of a reward; the state machine is {@link RedemptionState}. A reserved
 * redemption is also the work item for the points ledger: debit {@code pointsPrice} under source
 * reference {@code redemption:<id>}, then {@link #confirm} or {@link #release}. A cancelled one that
 * had been confirmed carries {@code refundDue} until the ledger has refunded it.
 *
 * @param requestKey the customer id and the client's Idempotency-Key, unique: the same key is the same redemption
 */
@Getter
@Document("loyalty_redemptions")
@CompoundIndex(name = "customer_reservedAt", def = "{'customerId': 1, 'reservedAt': -1}")
@CompoundIndex(name = "state", def = "{'state': 1, 'reservedAt': 1}")
public class Redemption {

    @Id
    private final String id;
    @Indexed(unique = true)
    private final String requestKey;
    private final String customerId;
    private final String rewardCode;
    private final RewardKind rewardKind;
    private final long pointsPrice;
    private RedemptionState state;
    private String voucherCode;
    private final Instant reservedAt;
    private final String reservedBy;
    private Instant confirmedAt;
    private Instant releasedAt;
    private Instant cancelledAt;
    private String reason;
    private boolean refundDue;
    @Version
    private Long version;

    @PersistenceCreator
    Redemption(String id, String requestKey, String customerId, String rewardCode, RewardKind rewardKind,
               long pointsPrice, RedemptionState state, String voucherCode, Instant reservedAt, String reservedBy,
               Instant confirmedAt, Instant releasedAt, Instant cancelledAt, String reason, boolean refundDue,
               Long version) {
        this.id = id;
        this.requestKey = requestKey;
        this.customerId = customerId;
        this.rewardCode = rewardCode;
        this.rewardKind = rewardKind;
        this.pointsPrice = pointsPrice;
        this.state = state;
        this.voucherCode = voucherCode;
        this.reservedAt = reservedAt;
        this.reservedBy = reservedBy;
        this.confirmedAt = confirmedAt;
        this.releasedAt = releasedAt;
        this.cancelledAt = cancelledAt;
        this.reason = reason;
        this.refundDue = refundDue;
        this.version = version;
    }

    public static Redemption reserve(String customerId, String idempotencyKey, Reward reward, String by, Instant at) {
        return new Redemption(null, customerId + " " + idempotencyKey, customerId, reward.getCode(),
                reward.getTerms().kind(), reward.getTerms().pointsPrice(), RedemptionState.RESERVED, null, at, by,
                null, null, null, null, false, null);
    }

    /** Whether a repeated request with the same key asks for the same thing. */
    public boolean sameRequest(String customer, String reward) {
        return Objects.equals(customerId, customer) && Objects.equals(rewardCode, reward);
    }

    /** The points were debited: the voucher with this code is the customer's. Confirming twice is a no-op. */
    public boolean confirm(String voucher, Instant at) {
        if (state == RedemptionState.CONFIRMED) {
            return false;
        }
        require(RedemptionState.RESERVED, "confirm");
        state = RedemptionState.CONFIRMED;
        voucherCode = voucher;
        confirmedAt = at;
        return true;
    }

    /** The debit failed or the member cancelled before it: the caller returns the stock. */
    public void release(String why, Instant at) {
        require(RedemptionState.RESERVED, "release");
        state = RedemptionState.RELEASED;
        releasedAt = at;
        reason = why;
    }

    /**
     * Takes the redemption back: a reserved one is released, a confirmed one (its voucher unused,
     * which the caller checks) is cancelled with a points refund due.
     */
    public void cancel(String why, Instant at) {
        if (state == RedemptionState.RESERVED) {
            release(why, at);
            return;
        }
        require(RedemptionState.CONFIRMED, "cancel");
        state = RedemptionState.CANCELLED;
        cancelledAt = at;
        reason = why;
        refundDue = true;
    }

    /** The ledger refunded the points of a cancelled redemption. */
    public void refunded() {
        if (state != RedemptionState.CANCELLED) {
            throw new IllegalStateTransitionException("redemption", state.name(), "mark refunded");
        }
        refundDue = false;
    }

    private void require(RedemptionState expected, String command) {
        if (state != expected) {
            throw new IllegalStateTransitionException("redemption", state.name(), command);
        }
    }
}
