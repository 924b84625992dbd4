package dev.crm.loyalty.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builds programs for tests: a three-level ladder by points and spend, and rules added one by one. */
final class Programs {

    static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

    private final List<MembershipLevel> levels = new ArrayList<>(List.of(
            new MembershipLevel("MEMBER", "Member", 1, 0L, null, BigDecimal.ONE, false, null),
            new MembershipLevel("SILVER", "Silver", 2, 1_000L, new BigDecimal("5000"), new BigDecimal("1.5"), false,
                    new BigDecimal("5")),
            new MembershipLevel("GOLD", "Gold", 3, 5_000L, new BigDecimal("20000"), new BigDecimal("2"), true,
                    new BigDecimal("10"))));
    private final List<EarnRule> rules = new ArrayList<>();
    private int graceDays = 30;
    private int windowMonths = 12;

    static Programs aProgram() {
        return new Programs();
    }

    Programs withGraceDays(int days) {
        this.graceDays = days;
        return this;
    }

    Programs withLevels(List<MembershipLevel> replacement) {
        levels.clear();
        levels.addAll(replacement);
        return this;
    }

    Programs earning(String code, String perUnit, Set<String> categories, Set<String> channels, EarnCap cap) {
        rules.add(new EarnRule(code, EarnRuleKind.PER_CURRENCY_UNIT, new BigDecimal(perUnit), categories, channels,
                null, true, cap));
        return this;
    }

    Programs awarding(EarnRuleKind kind, long points, boolean multiplied) {
        rules.add(new EarnRule(kind.name(), kind, null, null, null, points, multiplied, null));
        return this;
    }

    ProgramTerms terms() {
        return new ProgramTerms("Test program", "CNY", levels, windowMonths, new DowngradeRule(graceDays),
                EnrolmentMode.EXPLICIT, rules);
    }

    LoyaltyProgram build() {
        return LoyaltyProgram.define("p1", terms(), "admin", CREATED);
    }
}
