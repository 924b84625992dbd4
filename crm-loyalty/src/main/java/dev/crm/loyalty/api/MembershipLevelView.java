package dev.crm.loyalty.api;

import java.math.BigDecimal;

/**
 * A membership level: members reach it at {@code qualifyingPoints} and earn points at
 * {@code earnMultiplier} times the base rate.
 */
public record MembershipLevelView(String code, String name, int rank, long qualifyingPoints,
                                  BigDecimal earnMultiplier) {
}
