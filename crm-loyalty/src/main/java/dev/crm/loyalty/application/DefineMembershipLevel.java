package dev.crm.loyalty.application;

import java.math.BigDecimal;

/** The command to add a level to the membership ladder. */
public record DefineMembershipLevel(String code, String name, int rank, long qualifyingPoints,
                                    BigDecimal earnMultiplier) {
}
