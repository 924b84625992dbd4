package dev.crm.loyalty.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The points ledger's settings ({@code crm.loyalty.points.*}).
 *
 * @param expiryMonths      how many months after the month of earning points live (DOMAIN.md §3: 24)
 * @param expiryAtMonthEnd  true: points live to the end of that month in the business zone; false:
 *                          to the day, {@code expiryMonths} after earning
 * @param expiringSoon      the window of "points expiring soon" on the account and the customer 360
 * @param maxAttempts       how often a posting recomputes after losing the account to a concurrent
 *                          writer before it answers 409 (try again)
 * @param expiryLease       how long one node holds an account while writing off its expired lots
 * @param expiryBatch       how many accounts one expiry pass reads at most
 * @param checkLease        how long one node holds the ledger check
 * @param maxMismatches     how many mismatching accounts a check result lists (all are counted)
 * @param idempotencyLease  after this, a request that never completed under an Idempotency-Key (its
 *                          node died) may be run again by a retry
 */
@ConfigurationProperties("crm.loyalty.points")
public record PointsProperties(@DefaultValue("24") int expiryMonths,
                               @DefaultValue("true") boolean expiryAtMonthEnd,
                               @DefaultValue("P90D") Duration expiringSoon,
                               @DefaultValue("200") int maxAttempts,
                               @DefaultValue("PT5M") Duration expiryLease,
                               @DefaultValue("500") int expiryBatch,
                               @DefaultValue("PT30M") Duration checkLease,
                               @DefaultValue("1000") int maxMismatches,
                               @DefaultValue("PT1M") Duration idempotencyLease) {

    public PointsProperties {
        if (expiryMonths < 1) {
            throw new IllegalArgumentException("crm.loyalty.points.expiry-months must be 1 or more");
        }
        if (maxAttempts < 1 || expiryBatch < 1 || maxMismatches < 1) {
            throw new IllegalArgumentException("crm.loyalty.points max-attempts, expiry-batch and max-mismatches"
                    + " must be 1 or more");
        }
    }
}
