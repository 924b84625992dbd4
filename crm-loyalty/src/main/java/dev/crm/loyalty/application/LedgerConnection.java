package dev.crm.loyalty.application;

import dev.crm.core.api.IllegalStateTransitionException;
import dev.crm.core.api.PageQuery;
import dev.crm.customer.api.CustomerId;
import dev.crm.loyalty.api.EarnKind;
import dev.crm.loyalty.api.InsufficientPointsException;
import dev.crm.loyalty.api.LoyaltyPoints;
import dev.crm.loyalty.domain.AwardKind;
import dev.crm.loyalty.domain.PointsAward;
import dev.crm.loyalty.domain.Redemption;
import dev.crm.loyalty.domain.RedemptionState;
import dev.crm.loyalty.persistence.LoyaltyLeases;
import dev.crm.loyalty.persistence.RedemptionRepository;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Service;

/**
 * Where programs and the catalogue meet the points ledger. Every points movement they decide is a
 * durable work item first (a PENDING award, a RESERVED redemption, a cancellation with its refund
 * due); this posts it to the ledger under a source reference of its own — {@code sourceRef} of the
 * award, {@code redemption:<id>} — so posting again, after a crash or from a second node, writes
 * nothing twice. Requests post their own item at once; {@link #run} catches up with what a crash
 * left behind.
 */
@Service
public class LedgerConnection {

    private static final Logger log = LoggerFactory.getLogger(LedgerConnection.class);
    /** A request settles its own redemption; the pass takes over only those left this long. */
    static final Duration SETTLE_GRACE = Duration.ofMinutes(1);
    private static final int BATCH = 200;
    private static final String LEASE = "ledger-connection";

    private final LoyaltyPoints ledger;
    private final PointsAwards awards;
    private final Redemptions redemptions;
    private final RedemptionRepository redemptionRecords;
    private final LoyaltyLeases leases;

    LedgerConnection(LoyaltyPoints ledger, PointsAwards awards, Redemptions redemptions,
                     RedemptionRepository redemptionRecords, MongoOperations mongo) {
        this.ledger = ledger;
        this.awards = awards;
        this.redemptions = redemptions;
        this.redemptionRecords = redemptionRecords;
        this.leases = new LoyaltyLeases(mongo, LEASE);
    }

    /** Credits a pending award (a REVERSAL takes back the award it names) and marks it posted. */
    public PointsAward post(PointsAward award) {
        if (award.getStatus() != PointsAward.Status.PENDING) {
            return award;
        }
        CustomerId customer = new CustomerId(award.getCustomerId());
        if (award.getKind() == AwardKind.REVERSAL) {
            // The original first, if it still waits: a refund cannot take back what was never credited.
            PointsAward original = post(awards.get(award.getReverses()));
            ledger.reverse(customer, original.getSourceRef(), "refund: " + award.getSourceRef(), award.getRecordedBy());
        } else {
            ledger.earn(customer, award.getPoints(), earnKindOf(award.getKind()), award.getSourceRef(), null,
                    award.getKind() + " award" + (award.getRuleCode() == null ? "" : " by rule " + award.getRuleCode()),
                    award.getRecordedBy());
        }
        return awards.posted(award.getId());
    }

    /**
     * Redeems a reward: reserves it (stock, limit), debits its points price and confirms it with a
     * voucher; when the points are not there, the reservation is released and the refusal thrown.
     *
     * @throws InsufficientPointsException (422, with the available points) after releasing the reservation
     */
    public Redemptions.Redeemed redeem(String customerId, String rewardCode, String idempotencyKey, String by) {
        Redemptions.Redeemed redeemed = redemptions.redeem(customerId, rewardCode, idempotencyKey, by);
        return new Redemptions.Redeemed(settle(redeemed.redemption()), redeemed.created());
    }

    /** Debits a reserved redemption and confirms it, or releases it when the points are not there. */
    public Redemption settle(Redemption redemption) {
        if (redemption.getState() != RedemptionState.RESERVED) {
            return redemption;
        }
        try {
            ledger.redeem(new CustomerId(redemption.getCustomerId()), redemption.getPointsPrice(),
                    sourceRefOf(redemption), "reward " + redemption.getRewardCode(), redemption.getReservedBy());
        } catch (InsufficientPointsException refused) {
            redemptions.release(redemption.getId(), "insufficient points: " + refused.available() + " available, "
                    + redemption.getPointsPrice() + " needed");
            throw refused;
        }
        redemptions.confirm(redemption.getId());
        return redemptions.get(redemption.getId());
    }

    /** Cancels a redemption and gives back the points it cost, if they were debited. */
    public Redemption cancel(String redemptionId, String reason, String by) {
        return refund(redemptions.cancel(redemptionId, reason, by));
    }

    /**
     * The points of a cancelled redemption go back (restoring its lots). Also when a crash stopped it
     * between the debit and the confirmation: the ledger's entry is what says points were taken.
     */
    Redemption refund(Redemption cancelled) {
        if (cancelled.getState() != RedemptionState.CANCELLED && cancelled.getState() != RedemptionState.RELEASED) {
            return cancelled;
        }
        if (ledger.entry(sourceRefOf(cancelled)).isPresent()) {
            ledger.cancelRedemption(new CustomerId(cancelled.getCustomerId()), sourceRefOf(cancelled),
                    "redemption " + cancelled.getState().name().toLowerCase(java.util.Locale.ROOT)
                            + (cancelled.getReason() == null ? "" : ": " + cancelled.getReason()), "loyalty:ledger");
        }
        return cancelled.isRefundDue() ? redemptions.refunded(cancelled.getId()) : cancelled;
    }

    /**
     * One catch-up pass: pending awards, redemptions left reserved, cancellations with a refund due.
     *
     * @return how many items were posted or settled
     */
    public int run(Instant now) {
        if (!leases.claim(LEASE, now, now.plus(Duration.ofMinutes(5)))) {
            return 0;
        }
        int done = 0;
        try {
            for (PointsAward award : awards.pending(PageQuery.of(0, BATCH)).items()) {
                done += attempt(() -> post(award), "award " + award.getId());
            }
            for (Redemption redemption : redemptionRecords.findByStateAndReservedAtBefore(RedemptionState.RESERVED,
                    now.minus(SETTLE_GRACE), PageRequest.of(0, BATCH, Sort.by("reservedAt")))) {
                done += attempt(() -> settle(redemption), "redemption " + redemption.getId());
            }
            for (Redemption cancelled : redemptionRecords.findByStateAndRefundDueTrue(RedemptionState.CANCELLED,
                    PageRequest.of(0, BATCH, Sort.by("cancelledAt")))) {
                done += attempt(() -> refund(cancelled), "refund of " + cancelled.getId());
            }
        } finally {
            leases.release(LEASE);
        }
        return done;
    }

    private static int attempt(Runnable work, String what) {
        try {
            work.run();
            return 1;
        } catch (InsufficientPointsException | IllegalStateTransitionException settled) {
            // Released for want of points, or settled meanwhile by a request: nothing left to do.
            return 1;
        } catch (RuntimeException e) {
            log.warn("Posting {} to the points ledger failed; the next pass tries again: {}", what, e.toString());
            return 0;
        }
    }

    static String sourceRefOf(Redemption redemption) {
        return "redemption:" + redemption.getId();
    }

    private static EarnKind earnKindOf(AwardKind kind) {
        return switch (kind) {
            case ORDER -> EarnKind.PURCHASE;
            case REFERRAL -> EarnKind.REFERRAL;
            case ACTIVITY -> EarnKind.ACTIVITY;
            case BIRTHDAY -> EarnKind.BIRTHDAY;
            case WELCOME -> EarnKind.WELCOME;
            case REVERSAL -> throw new IllegalArgumentException("a reversal is not earned");
        };
    }
}
