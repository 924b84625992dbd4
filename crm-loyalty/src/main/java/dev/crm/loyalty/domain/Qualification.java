package dev.crm.loyalty.domain;

import java.math.BigDecimal;

/** A member's qualifying figures over the program's rolling window. */
public record Qualification(long points, BigDecimal spend) {
}
