package dev.crm.loyalty.domain;

/** At most {@code points} per customer from one rule in each {@code period}. */
public record EarnCap(long points, CapPeriod period) {
}
