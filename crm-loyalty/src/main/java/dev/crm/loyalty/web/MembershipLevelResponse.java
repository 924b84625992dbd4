package dev.crm.loyalty.web;

import java.math.BigDecimal;

record MembershipLevelResponse(String code, String name, int rank, long qualifyingPoints, BigDecimal earnMultiplier,
                               Long version) {
}
