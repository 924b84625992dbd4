package dev.crm.loyalty.api;

import dev.crm.customer.api.CustomerId;
import java.time.Instant;
import java.util.Optional;

/**
 * The points ledger (DOMAIN.md §3). Every posting names a {@code sourceRef} (an order number, a
 * voucher code, a goodwill key): posting the same reference again writes nothing and returns the
 * original entry ({@link PointsPosting#replayed()}); the same reference for a different posting is a
 * {@link dev.crm.core.api.DuplicateRecordException}. A balance never goes negative.
 *
 * <p>Source references starting with {@code expiry:} or {@code reversal:} are the ledger's own and
 * are refused. All methods throw {@link dev.crm.core.api.InvalidInputException} naming bad fields and
 * {@link dev.crm.core.api.RecordNotFoundException} for an unknown customer.
 */
public interface LoyaltyPoints {

    /** Credits points into a new lot expiring at {@code expiresAt} (null: the configured expiry). */
    PointsPosting earn(CustomerId customer, long points, EarnKind kind, String sourceRef, Instant expiresAt,
                       String reason, String postedBy);

    /**
     * Spends points, oldest expiry first (FIFO over the lots).
     *
     * @throws InsufficientPointsException when fewer points are available, carrying how many are
     */
    PointsPosting redeem(CustomerId customer, long points, String sourceRef, String reason, String postedBy);

    /**
     * A manual correction: positive opens a lot with the configured expiry, negative spends FIFO.
     *
     * @throws InsufficientPointsException for a negative adjustment beyond the available points
     */
    PointsPosting adjust(CustomerId customer, long points, String sourceRef, String reason, String postedBy);

    /**
     * Compensates the entry posted under {@code originalSourceRef} (a refund). A credit is taken back
     * from its own lot first, then from the other lots FIFO; what was already spent and cannot be
     * covered is recorded as {@code shortfall} (the balance never goes negative). A debit is undone
     * by restoring the lots it consumed with their original expiry (a REDEEM becomes
     * REDEMPTION_CANCELLED). Reversing the same entry again returns the first reversal.
     *
     * @throws dev.crm.core.api.RecordNotFoundException when no entry of this customer has the reference
     * @throws dev.crm.core.api.BusinessRuleViolationException for an expiry or a reversal
     */
    PointsPosting reverse(CustomerId customer, String originalSourceRef, String reason, String postedBy);

    /**
     * Cancels a redemption: {@link #reverse} that insists on a REDEEM entry. Portions whose lot has
     * expired meanwhile are {@code forfeited}, not restored.
     */
    PointsPosting cancelRedemption(CustomerId customer, String redemptionSourceRef, String reason, String postedBy);

    /** The account, empty when the customer never had a posting. */
    Optional<PointsAccountView> account(CustomerId customer);

    /** The balance (0 without an account). */
    default long balanceOf(CustomerId customer) {
        return account(customer).map(PointsAccountView::balance).orElse(0L);
    }

    /** The entry posted under a source reference. */
    Optional<LedgerEntryView> entry(String sourceRef);
}
