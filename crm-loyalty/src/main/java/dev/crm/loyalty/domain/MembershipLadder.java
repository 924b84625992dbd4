package dev.crm.loyalty.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Places a member on the ladder of levels by their qualifying points. */
public final class MembershipLadder {

    private final List<MembershipLevel> levels;

    public MembershipLadder(List<MembershipLevel> levels) {
        this.levels = levels.stream().sorted(Comparator.comparingInt(MembershipLevel::rank)).toList();
    }

    /**
     * The highest-ranked level whose threshold is reached. Ranks order the ladder; a higher rank
     * with a lower threshold (a misconfiguration) never demotes a member below a level they reach.
     */
    public Optional<MembershipLevel> levelFor(long qualifyingPoints) {
        return levels.stream()
                .filter(level -> qualifyingPoints >= level.qualifyingPoints())
                .max(Comparator.comparingInt(MembershipLevel::rank));
    }

    public List<MembershipLevel> levels() {
        return levels;
    }
}
