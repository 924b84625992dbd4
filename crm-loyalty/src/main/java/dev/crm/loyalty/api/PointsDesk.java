package dev.crm.loyalty.api;

import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;

/**
 * A points account as staff work it in the web console: the account and its statement, a manual
 * adjustment and a points redemption. Acts as the signed-in staff member with the REST API's rules
 * (adjust: ADMIN and SUPERVISOR; redeem: also AGENT) and its idempotency: a posting names the
 * one-time key of the form it came from, and the same key posts at most once — exactly as an
 * {@code Idempotency-Key} on {@code POST /api/v1/loyalty/accounts/{id}/transactions}, whose entry
 * the same key would find.
 */
public interface PointsDesk {

    /**
     * The account, all zero before the first posting.
     *
     * @throws dev.crm.core.api.RecordNotFoundException for an unknown customer
     */
    PointsAccountView account(String customerId);

    /** The entries in sequence order, each with its running balance. */
    ResultPage<LedgerEntryView> statement(String customerId, PageQuery page);

    /**
     * A signed manual correction with its mandatory reason.
     *
     * @throws dev.crm.core.api.InvalidInputException        naming {@code points}, {@code reason} or {@code key}
     * @throws InsufficientPointsException                    for a debit beyond the available points
     * @throws dev.crm.core.api.DuplicateRecordException      when the key already posted something else
     * @throws org.springframework.security.access.AccessDeniedException for a role that may not adjust
     */
    PointsPosting adjust(String customerId, Long points, String reason, String key);

    /** Spends points at the customer's request, oldest expiry first; refusals as {@link #adjust}. */
    PointsPosting redeem(String customerId, Long points, String reason, String key);
}
