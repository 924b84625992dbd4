package dev.crm.loyalty.api;

import java.math.BigDecimal;

/**
 * A membership level of a program: members reach it at {@code qualifyingPoints} points or
 * {@code qualifyingSpend} spend in the program's rolling window (either that is set; null: not by
 * that figure), earn at {@code earnMultiplier} times the base rate and enjoy its service benefits.
 */
public record MembershipLevelView(String code, String name, int rank, Long qualifyingPoints,
                                  BigDecimal qualifyingSpend, BigDecimal earnMultiplier, boolean priorityService,
                                  BigDecimal discountPercent) {
}
