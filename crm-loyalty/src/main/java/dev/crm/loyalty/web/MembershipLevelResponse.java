package dev.crm.loyalty.web;

import java.math.BigDecimal;

record MembershipLevelResponse(String code, String name, int rank, Long qualifyingPoints, BigDecimal qualifyingSpend,
                               BigDecimal earnMultiplier, boolean priorityService, BigDecimal discountPercent) {
}
