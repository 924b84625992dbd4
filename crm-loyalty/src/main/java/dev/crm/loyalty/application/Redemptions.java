package dev.crm.loyalty.application;

import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.DuplicateRecordException;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.IllegalStateTransitionException;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.core.api.ResultPage;
import dev.crm.loyalty.domain.Redemption;
import dev.crm.loyalty.domain.RedemptionState;
import dev.crm.loyalty.domain.Reward;
import dev.crm.loyalty.domain.Voucher;
import dev.crm.loyalty.persistence.Counters;
import dev.crm.loyalty.persistence.MembershipRepository;
import dev.crm.loyalty.persistence.RedemptionRepository;
import dev.crm.loyalty.persistence.RewardRepository;
import dev.crm.loyalty.persistence.VoucherRepository;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * Redeeming rewards and using vouchers. A redemption first holds the customer's per-reward limit and
 * one unit of stock, each by one atomic conditional update (so concurrent redemptions never oversell),
 * then records the redemption as RESERVED: the work item for the points ledger, which debits the
 * price and calls {@link #confirm} (a voucher is issued) or {@link #release} (the stock goes back).
 */
@Service
public class Redemptions {

    public static final int MAX_KEY = 200;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 12;

    private final RedemptionRepository redemptions;
    private final RewardRepository rewards;
    private final VoucherRepository vouchers;
    private final MembershipRepository memberships;
    private final Counters counters;
    private final AuditLog auditLog;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Redemptions(RedemptionRepository redemptions, RewardRepository rewards, VoucherRepository vouchers,
                MembershipRepository memberships, Counters counters, AuditLog auditLog, Clock clock) {
        this.redemptions = redemptions;
        this.rewards = rewards;
        this.vouchers = vouchers;
        this.memberships = memberships;
        this.counters = counters;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A redemption and whether this call made it (false: the key's earlier result). */
    public record Redeemed(Redemption redemption, boolean created) {
    }

    /**
     * Redeems a reward for a member under the client's Idempotency-Key: the same key and reward
     * return the first result; the same key for another reward is a 409.
     *
     * @throws RecordNotFoundException (404) for an unknown reward or a customer who is no member
     * @throws BusinessRuleViolationException (422) outside the reward's validity or over the per-customer limit
     * @throws IllegalStateTransitionException (409) when the reward is out of stock
     */
    public Redeemed redeem(String customerId, String rewardCode, String idempotencyKey, String by) {
        String key = idempotencyKey == null ? null : idempotencyKey.strip();
        if (key == null || key.isEmpty() || key.length() > MAX_KEY) {
            throw new InvalidInputException("Idempotency-Key", "is required (1-" + MAX_KEY
                    + " characters): a redemption moves value");
        }
        if (rewardCode == null || rewardCode.isBlank()) {
            throw new InvalidInputException("rewardCode", "must not be blank");
        }
        String code = rewardCode.strip().toUpperCase(Locale.ROOT);
        Optional<Redemption> earlier = redemptions.findByRequestKey(customerId + " " + key);
        if (earlier.isPresent()) {
            return replay(earlier.get(), customerId, code, key);
        }
        Reward reward = rewards.findById(code).orElseThrow(() -> new RecordNotFoundException("reward", rewardCode));
        if (!memberships.existsById(customerId)) {
            throw new RecordNotFoundException("membership", customerId);
        }
        Instant now = clock.instant();
        if (!reward.getTerms().offeredAt(now)) {
            throw new BusinessRuleViolationException("Reward " + code + " is not offered now",
                    List.of(new FieldViolation("rewardCode", "outside the reward's validity")));
        }
        Integer limit = reward.getTerms().perCustomerLimit();
        if (limit != null && !counters.takeHolding(code, customerId, limit)) {
            throw new BusinessRuleViolationException("The customer already holds " + limit + " of reward " + code,
                    List.of(new FieldViolation("rewardCode", "per-customer limit of " + limit + " reached")));
        }
        if (!reward.isUnlimited() && !counters.takeStock(code)) {
            if (limit != null) {
                counters.returnHolding(code, customerId);
            }
            throw new IllegalStateTransitionException("reward", "OUT_OF_STOCK", "redeem");
        }
        try {
            Redemption saved = redemptions.insert(Redemption.reserve(customerId, key, reward, by, now));
            auditLog.record(new AuditEvent(by, "loyalty.reward-reserved", "Redemption", saved.getId(),
                    Map.of("reward", code, "customer", customerId, "points", String.valueOf(saved.getPointsPrice()))));
            return new Redeemed(saved, true);
        } catch (RuntimeException notRecorded) {
            returnReservation(reward, customerId);
            if (notRecorded instanceof DuplicateKeyException) {
                // The same key raced in from a second request: answer as a replay.
                Redemption first = redemptions.findByRequestKey(customerId + " " + key)
                        .orElseThrow(() -> notRecorded);
                return replay(first, customerId, code, key);
            }
            throw notRecorded;
        }
    }

    private static Redeemed replay(Redemption earlier, String customerId, String code, String key) {
        if (!earlier.sameRequest(customerId, code)) {
            throw new DuplicateRecordException("redemption", "Idempotency-Key", key + " (used for reward "
                    + earlier.getRewardCode() + ")");
        }
        return new Redeemed(earlier, false);
    }

    private void returnReservation(Reward reward, String customerId) {
        if (!reward.isUnlimited()) {
            counters.returnStock(reward.getCode());
        }
        if (reward.getTerms().perCustomerLimit() != null) {
            counters.returnHolding(reward.getCode(), customerId);
        }
    }

    /**
     * For the ledger connection, after the points debit succeeded: confirms the redemption and issues
     * its voucher. Confirming again returns the same voucher.
     */
    public Voucher confirm(String redemptionId) {
        Redemption redemption = get(redemptionId);
        Optional<Voucher> issued = vouchers.findByRedemptionId(redemptionId);
        if (issued.isPresent()) {
            if (redemption.confirm(issued.get().getCode(), issued.get().getIssuedAt())) {
                redemptions.save(redemption);
            }
            return issued.get();
        }
        if (redemption.getState() != RedemptionState.RESERVED) {
            throw new IllegalStateTransitionException("redemption", redemption.getState().name(), "confirm");
        }
        Reward reward = rewards.findById(redemption.getRewardCode()).orElseThrow();
        Instant now = clock.instant();
        Voucher voucher = issueVoucher(redemption, reward.getTerms().voucherValidityDays(), now);
        redemption.confirm(voucher.getCode(), now);
        redemptions.save(redemption);
        auditLog.record(new AuditEvent("loyalty:ledger", "loyalty.redemption-confirmed", "Redemption",
                redemption.getId(), Map.of("voucher", voucher.getCode())));
        return voucher;
    }

    private Voucher issueVoucher(Redemption redemption, int validityDays, Instant at) {
        for (int attempt = 0; ; attempt++) {
            try {
                return vouchers.insert(Voucher.issue(newCode(), redemption, validityDays, at));
            } catch (DuplicateKeyException clash) {
                Optional<Voucher> raced = vouchers.findByRedemptionId(redemption.getId());
                if (raced.isPresent()) {
                    return raced.get();
                }
                if (attempt >= 5) {
                    throw clash;
                }
            }
        }
    }

    private String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** For the ledger connection, after the points debit failed: the stock and the limit go back. */
    public Redemption release(String redemptionId, String reason) {
        Redemption redemption = get(redemptionId);
        redemption.release(reason == null ? "points debit refused" : reason, clock.instant());
        Redemption saved = redemptions.save(redemption);
        returnReservation(rewardOf(saved), saved.getCustomerId());
        auditLog.record(AuditEvent.of("loyalty:ledger", "loyalty.redemption-released", "Redemption", saved.getId()));
        return saved;
    }

    /**
     * Cancels a redemption: a reserved one is released; a confirmed one with an unused voucher is
     * cancelled, its voucher voided and a points refund marked due for the ledger.
     */
    public Redemption cancel(String redemptionId, String reason, String by) {
        Redemption redemption = get(redemptionId);
        Instant now = clock.instant();
        if (redemption.getState() == RedemptionState.CONFIRMED) {
            Voucher voucher = vouchers.findById(redemption.getVoucherCode()).orElseThrow();
            voucher.voidAt(now);
            vouchers.save(voucher);
        }
        redemption.cancel(reason == null ? "cancelled" : reason, now);
        Redemption saved = redemptions.save(redemption);
        returnReservation(rewardOf(saved), saved.getCustomerId());
        auditLog.record(new AuditEvent(by, "loyalty.redemption-cancelled", "Redemption", saved.getId(),
                Map.of("state", saved.getState().name())));
        return saved;
    }

    /** For the ledger connection: the points of a cancelled redemption were refunded. */
    public Redemption refunded(String redemptionId) {
        Redemption redemption = get(redemptionId);
        redemption.refunded();
        return redemptions.save(redemption);
    }

    private Reward rewardOf(Redemption redemption) {
        return rewards.findById(redemption.getRewardCode()).orElseThrow();
    }

    public Redemption get(String id) {
        return redemptions.findById(id).orElseThrow(() -> new RecordNotFoundException("redemption", id));
    }

    public ResultPage<Redemption> of(String customerId, PageQuery page) {
        var found = redemptions.findByCustomerId(customerId, PageRequest.of(page.page(), page.size(),
                Sort.by(Sort.Direction.DESC, "reservedAt").and(Sort.by("_id"))));
        return new ResultPage<>(found.getContent(), page.page(), page.size(), found.getTotalElements());
    }

    public Voucher voucher(String code) {
        return vouchers.findById(code.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new RecordNotFoundException("voucher", code));
    }

    /**
     * Uses a voucher: 404 unknown, 409 used or void, 422 expired. Two concurrent uses: the version
     * check lets one save win, the other is a 409.
     */
    public Voucher use(String code, String by) {
        Voucher voucher = voucher(code);
        voucher.use(by, clock.instant());
        Voucher saved = vouchers.save(voucher);
        auditLog.record(AuditEvent.of(by, "loyalty.voucher-used", "Voucher", saved.getCode()));
        return saved;
    }

    public Instant now() {
        return clock.instant();
    }
}
