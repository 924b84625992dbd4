package dev.crm.loyalty.domain;

import dev.crm.core.api.FieldViolation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One rung of a program's membership ladder (DOMAIN.md §3: multi-level membership, earn rates
 * multiplied by level). A member reaches it when their qualifying points or their qualifying spend
 * in the program's rolling window reach the threshold (either one that is set). Levels are data
 * inside their {@link LoyaltyProgram}.
 *
 * @param qualifyingPoints points awarded in the window that reach this level (null: not by points)
 * @param qualifyingSpend  spend in the program's currency in the window that reaches it (null: not by spend)
 * @param earnMultiplier   applied to earn rules that are multiplied by level
 * @param discountPercent  the member discount at this level, 0-100
 */
public record MembershipLevel(String code, String name, int rank, Long qualifyingPoints, BigDecimal qualifyingSpend,
                              BigDecimal earnMultiplier, boolean priorityService, BigDecimal discountPercent) {

    public static final int MAX_NAME_LENGTH = 100;
    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public MembershipLevel {
        code = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
        name = name == null ? null : name.strip();
        discountPercent = discountPercent == null ? BigDecimal.ZERO : discountPercent;
    }

    /** A level reached by points alone, with no service benefits. */
    public static MembershipLevel define(String code, String name, int rank, long qualifyingPoints,
                                         BigDecimal earnMultiplier) {
        return new MembershipLevel(code, name, rank, qualifyingPoints, null, earnMultiplier, false, BigDecimal.ZERO);
    }

    /** Every fault of this level, each named under {@code prefix} ("levels[0]." or ""). */
    public List<FieldViolation> check(String prefix) {
        List<FieldViolation> violations = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) {
            violations.add(new FieldViolation(prefix + "code", "must be 1-32 letters, digits or '_', "
                    + "starting with a letter"));
        }
        if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            violations.add(new FieldViolation(prefix + "name", "must be 1-" + MAX_NAME_LENGTH + " characters"));
        }
        if (rank < 1) {
            violations.add(new FieldViolation(prefix + "rank", "must be 1 or more"));
        }
        if (qualifyingPoints != null && qualifyingPoints < 0) {
            violations.add(new FieldViolation(prefix + "qualifyingPoints", "must be 0 or more"));
        }
        if (qualifyingSpend != null && qualifyingSpend.signum() < 0) {
            violations.add(new FieldViolation(prefix + "qualifyingSpend", "must be 0 or more"));
        }
        if (qualifyingPoints == null && qualifyingSpend == null) {
            violations.add(new FieldViolation(prefix + "qualifyingPoints",
                    "give qualifyingPoints or qualifyingSpend (or both)"));
        }
        if (earnMultiplier == null || earnMultiplier.signum() <= 0 || earnMultiplier.scale() > 2
                || earnMultiplier.compareTo(BigDecimal.valueOf(100)) > 0) {
            violations.add(new FieldViolation(prefix + "earnMultiplier",
                    "must be more than 0 and at most 100, with at most 2 decimals"));
        }
        if (discountPercent.signum() < 0 || discountPercent.compareTo(HUNDRED) > 0) {
            violations.add(new FieldViolation(prefix + "discountPercent", "must be between 0 and 100"));
        }
        return violations;
    }

    /** Whether the qualifying figures reach this level: either threshold that is set. */
    public boolean reachedBy(long points, BigDecimal spend) {
        return qualifyingPoints != null && points >= qualifyingPoints
                || qualifyingSpend != null && spend.compareTo(qualifyingSpend) >= 0;
    }
}
