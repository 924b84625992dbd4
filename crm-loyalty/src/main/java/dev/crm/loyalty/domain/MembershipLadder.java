package dev.crm.loyalty.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Places a member on a program's ladder of levels by their qualifying figures. */
public final class MembershipLadder {

    private final List<MembershipLevel> levels;

    public MembershipLadder(List<MembershipLevel> levels) {
        this.levels = levels.stream().sorted(Comparator.comparingInt(MembershipLevel::rank)).toList();
    }

    /** By points alone. */
    public Optional<MembershipLevel> levelFor(long qualifyingPoints) {
        return levelFor(qualifyingPoints, BigDecimal.ZERO);
    }

    /**
     * The highest-ranked level the figures reach. Ranks order the ladder; a program's thresholds
     * ascend with rank (the program checks that), so this is also the highest threshold reached.
     */
    public Optional<MembershipLevel> levelFor(long qualifyingPoints, BigDecimal qualifyingSpend) {
        return levels.stream()
                .filter(level -> level.reachedBy(qualifyingPoints, qualifyingSpend))
                .max(Comparator.comparingInt(MembershipLevel::rank));
    }

    public Optional<MembershipLevel> level(String code) {
        return code == null ? Optional.empty() : levels.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    public List<MembershipLevel> levels() {
        return levels;
    }
}
