package dev.crm.loyalty.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One rung of the membership ladder (DOMAIN.md §3: multi-level membership, earn rates multiplied
 * by level). Levels are data: an administrator defines them, no redeploy.
 */
@Document("membership_levels")
public record MembershipLevel(@Id String code, String name, @Indexed(unique = true) int rank, long qualifyingPoints,
                              BigDecimal earnMultiplier, @Version Long version) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

    public MembershipLevel {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("code must be 1-32 upper-case letters, digits or '_'");
        }
        if (rank < 1) {
            throw new IllegalArgumentException("rank must be 1 or more");
        }
        if (qualifyingPoints < 0) {
            throw new IllegalArgumentException("qualifyingPoints must not be negative");
        }
        if (earnMultiplier == null || earnMultiplier.compareTo(BigDecimal.ONE) < 0) {
            throw new IllegalArgumentException("earnMultiplier must be at least 1");
        }
    }

    public static MembershipLevel define(String code, String name, int rank, long qualifyingPoints,
                                         BigDecimal earnMultiplier) {
        return new MembershipLevel(code == null ? null : code.strip().toUpperCase(Locale.ROOT), name, rank,
                qualifyingPoints, earnMultiplier, null);
    }
}
