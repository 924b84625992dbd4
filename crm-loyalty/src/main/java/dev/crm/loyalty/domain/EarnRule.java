package dev.crm.loyalty.domain;

import dev.crm.core.api.FieldViolation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An earn rule as data (DOMAIN.md §3: earn rates per currency unit, multiplied by level; caps per
 * period). {@code PER_CURRENCY_UNIT} rules give {@code pointsPerUnit} per unit of the program's
 * currency, optionally only for some product categories and channels (empty: any); the other kinds
 * give a fixed number of {@code points}.
 *
 * @param code              names the rule within its program; awards and caps refer to it
 * @param multipliedByLevel whether the member's level multiplier applies
 * @param cap               at most this many points per customer and period from this rule (null: no cap)
 */
public record EarnRule(String code, EarnRuleKind kind, BigDecimal pointsPerUnit, Set<String> productCategories,
                       Set<String> channels, Long points, boolean multipliedByLevel, EarnCap cap) {

    public EarnRule {
        code = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
        productCategories = normalised(productCategories);
        channels = normalised(channels);
    }

    public List<FieldViolation> check(String prefix) {
        List<FieldViolation> violations = new ArrayList<>();
        if (code == null || !MembershipLevel.CODE.matcher(code).matches()) {
            violations.add(new FieldViolation(prefix + "code", "must be 1-32 letters, digits or '_', "
                    + "starting with a letter"));
        }
        if (kind == null) {
            violations.add(new FieldViolation(prefix + "kind",
                    "must be PER_CURRENCY_UNIT, REFERRAL, ACTIVITY, BIRTHDAY or WELCOME"));
        } else if (kind == EarnRuleKind.PER_CURRENCY_UNIT) {
            if (pointsPerUnit == null || pointsPerUnit.signum() <= 0 || pointsPerUnit.scale() > 4) {
                violations.add(new FieldViolation(prefix + "pointsPerUnit",
                        "must be more than 0, with at most 4 decimals"));
            }
            if (points != null) {
                violations.add(new FieldViolation(prefix + "points", "is for fixed rules; use pointsPerUnit"));
            }
        } else {
            if (points == null || points <= 0) {
                violations.add(new FieldViolation(prefix + "points", "must be more than 0"));
            }
            if (pointsPerUnit != null) {
                violations.add(new FieldViolation(prefix + "pointsPerUnit", "is only for PER_CURRENCY_UNIT rules"));
            }
            if (!productCategories.isEmpty() || !channels.isEmpty()) {
                violations.add(new FieldViolation(prefix + (productCategories.isEmpty() ? "channels"
                        : "productCategories"), "filters are only for PER_CURRENCY_UNIT rules"));
            }
        }
        if (cap != null) {
            if (cap.points() <= 0) {
                violations.add(new FieldViolation(prefix + "cap.points", "must be more than 0"));
            }
            if (cap.period() == null) {
                violations.add(new FieldViolation(prefix + "cap.period", "must be DAY, WEEK, MONTH or YEAR"));
            }
        }
        return violations;
    }

    /** Whether an order in this category and channel is one this rule earns on. */
    public boolean appliesTo(String productCategory, String channel) {
        return kind == EarnRuleKind.PER_CURRENCY_UNIT
                && (productCategories.isEmpty() || productCategories.contains(normalise(productCategory)))
                && (channels.isEmpty() || channels.contains(normalise(channel)));
    }

    /** How many filters narrow the rule: the most specific matching rule wins. */
    int specificity() {
        return (productCategories.isEmpty() ? 0 : 1) + (channels.isEmpty() ? 0 : 1);
    }

    /**
     * The points before any cap: the order amount times the rate (or the fixed points), times the
     * level multiplier if it applies, rounded down — a member never gets a fraction of a point.
     */
    public long pointsFor(BigDecimal amount, BigDecimal levelMultiplier) {
        BigDecimal base = kind == EarnRuleKind.PER_CURRENCY_UNIT ? amount.multiply(pointsPerUnit)
                : BigDecimal.valueOf(points);
        BigDecimal multiplied = multipliedByLevel && levelMultiplier != null ? base.multiply(levelMultiplier) : base;
        return multiplied.setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    private static Set<String> normalised(Set<String> values) {
        return values == null ? Set.of() : values.stream().map(EarnRule::normalise).collect(Collectors.toSet());
    }

    private static String normalise(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }
}
