package dev.crm.loyalty.domain;

/**
 * When a member who no longer qualifies for their level drops: {@code graceDays} after the review
 * that first found them short (0: at that review). Upgrades are never delayed.
 */
public record DowngradeRule(int graceDays) {
}
