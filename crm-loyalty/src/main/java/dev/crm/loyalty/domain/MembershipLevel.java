package dev.crm.loyalty.domain;

import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One rung of the membership ladder (DOMAIN.md §3: multi-level membership, earn rates multiplied
 * by level). Levels are data: an administrator defines them, no redeploy. The code is the
 * document id, so "one level per code" holds without a second unique index.
 */
@Document("membership_levels")
public record MembershipLevel(@Id String code, String name, @Indexed(unique = true) int rank, long qualifyingPoints,
                              BigDecimal earnMultiplier, @Version Long version) {

    public static final int MAX_NAME_LENGTH = 100;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

    public MembershipLevel {
        List<FieldViolation> violations = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) {
            violations.add(new FieldViolation("code", "must be 1-32 upper-case letters, digits or '_', "
                    + "starting with a letter"));
        }
        if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            violations.add(new FieldViolation("name", "must be 1-" + MAX_NAME_LENGTH + " characters"));
        }
        if (rank < 1) {
            violations.add(new FieldViolation("rank", "must be 1 or more"));
        }
        if (qualifyingPoints < 0) {
            violations.add(new FieldViolation("qualifyingPoints", "must be 0 or more"));
        }
        if (earnMultiplier == null || earnMultiplier.compareTo(BigDecimal.ONE) < 0) {
            violations.add(new FieldViolation("earnMultiplier", "must be 1.0 or more"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** A new level; the code is upper-cased ("gold" and "GOLD" are one level) and the name trimmed. */
    public static MembershipLevel define(String code, String name, int rank, long qualifyingPoints,
                                         BigDecimal earnMultiplier) {
        return new MembershipLevel(code == null ? null : code.strip().toUpperCase(Locale.ROOT),
                name == null ? null : name.strip(), rank, qualifyingPoints, earnMultiplier, null);
    }
}
