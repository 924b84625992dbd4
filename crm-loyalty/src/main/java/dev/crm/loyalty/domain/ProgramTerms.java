package dev.crm.loyalty.domain;

import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything an administrator sets on a program. {@link #checked()} names every fault at once:
 * level codes and ranks unique, thresholds ascending with rank, multipliers above 0, caps above 0,
 * rule codes unique, at most one WELCOME rule.
 */
public record ProgramTerms(String name, String currency, List<MembershipLevel> levels, int qualificationWindowMonths,
                           DowngradeRule downgrade, EnrolmentMode enrolment, List<EarnRule> earnRules) {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_LEVELS = 20;
    public static final int MAX_RULES = 50;

    public ProgramTerms {
        name = name == null ? null : name.strip();
        levels = levels == null ? List.of() : List.copyOf(levels);
        earnRules = earnRules == null ? List.of() : List.copyOf(earnRules);
    }

    /** @throws InvalidInputException naming every faulty field */
    public ProgramTerms checked() {
        List<FieldViolation> violations = new ArrayList<>();
        if (name == null || name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            violations.add(new FieldViolation("name", "must be 1-" + MAX_NAME_LENGTH + " characters"));
        }
        if (currency == null || !knownCurrency(currency)) {
            violations.add(new FieldViolation("currency", "must be an ISO 4217 code such as CNY"));
        }
        if (qualificationWindowMonths < 1 || qualificationWindowMonths > 120) {
            violations.add(new FieldViolation("qualificationWindowMonths", "must be between 1 and 120"));
        }
        if (downgrade == null || downgrade.graceDays() < 0 || downgrade.graceDays() > 3660) {
            violations.add(new FieldViolation("downgrade.graceDays", "must be between 0 and 3660"));
        }
        if (enrolment == null) {
            violations.add(new FieldViolation("enrolment", "must be EXPLICIT or AUTOMATIC"));
        }
        checkLevels(violations);
        checkRules(violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return this;
    }

    private void checkLevels(List<FieldViolation> violations) {
        if (levels.size() > MAX_LEVELS) {
            violations.add(new FieldViolation("levels", "at most " + MAX_LEVELS + " levels"));
        }
        Set<String> codes = new HashSet<>();
        Set<Integer> ranks = new HashSet<>();
        for (int i = 0; i < levels.size(); i++) {
            MembershipLevel level = levels.get(i);
            String prefix = "levels[" + i + "].";
            if (level == null) {
                violations.add(new FieldViolation("levels[" + i + "]", "must not be empty"));
                continue;
            }
            violations.addAll(level.check(prefix));
            if (level.code() != null && !codes.add(level.code())) {
                violations.add(new FieldViolation(prefix + "code", "is used by another level"));
            }
            if (!ranks.add(level.rank())) {
                violations.add(new FieldViolation(prefix + "rank", "is used by another level"));
            }
        }
        // A higher level must ask for more: otherwise nobody could stay on the lower one.
        List<Integer> byRank = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i) != null) {
                byRank.add(i);
            }
        }
        byRank.sort(Comparator.comparingInt(i -> levels.get(i).rank()));
        Long lastPoints = null;
        BigDecimal lastSpend = null;
        for (int i : byRank) {
            MembershipLevel level = levels.get(i);
            if (level.qualifyingPoints() != null) {
                if (lastPoints != null && level.qualifyingPoints() <= lastPoints) {
                    violations.add(new FieldViolation("levels[" + i + "].qualifyingPoints",
                            "must be more than the lower-ranked level's " + lastPoints));
                }
                lastPoints = level.qualifyingPoints();
            }
            if (level.qualifyingSpend() != null) {
                if (lastSpend != null && level.qualifyingSpend().compareTo(lastSpend) <= 0) {
                    violations.add(new FieldViolation("levels[" + i + "].qualifyingSpend",
                            "must be more than the lower-ranked level's " + lastSpend.toPlainString()));
                }
                lastSpend = level.qualifyingSpend();
            }
        }
    }

    private void checkRules(List<FieldViolation> violations) {
        if (earnRules.size() > MAX_RULES) {
            violations.add(new FieldViolation("earnRules", "at most " + MAX_RULES + " rules"));
        }
        Set<String> codes = new HashSet<>();
        Set<EarnRuleKind> fixedKinds = new HashSet<>();
        for (int i = 0; i < earnRules.size(); i++) {
            EarnRule rule = earnRules.get(i);
            String prefix = "earnRules[" + i + "].";
            if (rule == null) {
                violations.add(new FieldViolation("earnRules[" + i + "]", "must not be empty"));
                continue;
            }
            violations.addAll(rule.check(prefix));
            if (rule.code() != null && !codes.add(rule.code())) {
                violations.add(new FieldViolation(prefix + "code", "is used by another rule"));
            }
            // A fixed award names its kind, so one rule per kind says what it is worth.
            if (rule.kind() != null && rule.kind().isFixed() && !fixedKinds.add(rule.kind())) {
                violations.add(new FieldViolation(prefix + "kind", "only one " + rule.kind() + " rule per program"));
            }
        }
    }

    private static boolean knownCurrency(String code) {
        try {
            return code.length() == 3 && Currency.getInstance(code) != null;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }
}
