package dev.crm.loyalty.api;

import java.util.List;
import java.util.Optional;

/** The configured membership levels, lowest rank first. */
public interface MembershipLevels {

    List<MembershipLevelView> all();

    /** The highest level whose threshold the qualifying points reach; empty below the first level. */
    Optional<MembershipLevelView> levelFor(long qualifyingPoints);
}
