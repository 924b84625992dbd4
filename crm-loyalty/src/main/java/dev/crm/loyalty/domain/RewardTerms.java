package dev.crm.loyalty.domain;

import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The editable terms of a reward.
 *
 * @param stock              units left to redeem (null: unlimited)
 * @param perCustomerLimit   redemptions one customer may hold at once, released ones not counted (null: no limit)
 * @param voucherValidityDays how long an issued voucher can be used
 */
public record RewardTerms(String name, RewardKind kind, long pointsPrice, Long stock, Integer perCustomerLimit,
                          Instant validFrom, Instant validTo, int voucherValidityDays) {

    public RewardTerms {
        name = name == null ? null : name.strip();
    }

    public RewardTerms checked() {
        List<FieldViolation> violations = new ArrayList<>();
        if (name == null || name.isEmpty() || name.length() > 200) {
            violations.add(new FieldViolation("name", "must be 1-200 characters"));
        }
        if (kind == null) {
            violations.add(new FieldViolation("kind", "must be PRIORITY_SERVICE, DISCOUNT_VOUCHER or GIFT"));
        }
        if (pointsPrice <= 0) {
            violations.add(new FieldViolation("pointsPrice", "must be more than 0"));
        }
        if (stock != null && stock < 0) {
            violations.add(new FieldViolation("stock", "must be 0 or more (leave it out for unlimited)"));
        }
        if (perCustomerLimit != null && perCustomerLimit < 1) {
            violations.add(new FieldViolation("perCustomerLimit", "must be 1 or more (leave it out for no limit)"));
        }
        if (validFrom != null && validTo != null && !validTo.isAfter(validFrom)) {
            violations.add(new FieldViolation("validTo", "must be after validFrom"));
        }
        if (voucherValidityDays < 1 || voucherValidityDays > 3660) {
            violations.add(new FieldViolation("voucherValidityDays", "must be between 1 and 3660"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return this;
    }

    public boolean offeredAt(Instant at) {
        return (validFrom == null || !at.isBefore(validFrom)) && (validTo == null || at.isBefore(validTo));
    }
}
