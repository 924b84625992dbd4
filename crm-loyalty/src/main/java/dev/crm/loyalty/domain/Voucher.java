package dev.crm.loyalty.domain;

import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.IllegalStateTransitionException;
import java.time.Duration;
import java.time.Instant;
import lombok.Getter;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The voucher a confirmed redemption issues; its code is the document id (unique). Using it is a
 * versioned save, so of two tills using one voucher at once exactly one succeeds.
 */
@Getter
@Document("loyalty_vouchers")
public class Voucher {

    public enum Status { USABLE, USED, EXPIRED, VOID }

    @Id
    private final String code;
    @Indexed(unique = true)
    private final String redemptionId;
    private final String customerId;
    private final String rewardCode;
    private final RewardKind rewardKind;
    private final Instant issuedAt;
    private final Instant validUntil;
    private Instant usedAt;
    private String usedBy;
    private Instant voidedAt;
    @Version
    private Long version;

    @PersistenceCreator
    Voucher(String code, String redemptionId, String customerId, String rewardCode, RewardKind rewardKind,
            Instant issuedAt, Instant validUntil, Instant usedAt, String usedBy, Instant voidedAt, Long version) {
        this.code = code;
        this.redemptionId = redemptionId;
        this.customerId = customerId;
        this.rewardCode = rewardCode;
        this.rewardKind = rewardKind;
        this.issuedAt = issuedAt;
        this.validUntil = validUntil;
        this.usedAt = usedAt;
        this.usedBy = usedBy;
        this.voidedAt = voidedAt;
        this.version = version;
    }

    public static Voucher issue(String code, Redemption redemption, int validityDays, Instant at) {
        return new Voucher(code, redemption.getId(), redemption.getCustomerId(), redemption.getRewardCode(),
                redemption.getRewardKind(), at, at.plus(Duration.ofDays(validityDays)), null, null, null, null);
    }

    public Status statusAt(Instant at) {
        if (voidedAt != null) {
            return Status.VOID;
        }
        if (usedAt != null) {
            return Status.USED;
        }
        return at.isBefore(validUntil) ? Status.USABLE : Status.EXPIRED;
    }

    /** @throws IllegalStateTransitionException (409) when used or void; BusinessRuleViolationException (422) when expired */
    public void use(String by, Instant at) {
        switch (statusAt(at)) {
            case USED, VOID -> throw new IllegalStateTransitionException("voucher", statusAt(at).name(), "use");
            case EXPIRED -> throw new BusinessRuleViolationException("The voucher expired at " + validUntil);
            case USABLE -> {
                usedAt = at;
                usedBy = by;
            }
        }
    }

    /** The redemption was cancelled. */
    public void voidAt(Instant at) {
        if (usedAt != null) {
            throw new IllegalStateTransitionException("voucher", Status.USED.name(), "void");
        }
        if (voidedAt == null) {
            voidedAt = at;
        }
    }
}
