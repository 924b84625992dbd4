package dev.crm.loyalty.api;

import java.util.List;
import java.util.Optional;

/** The membership levels of the default program, lowest rank first. */
public interface MembershipLevels {

    List<MembershipLevelView> all();

    /** The highest level whose points threshold the qualifying points reach; empty below the first level. */
    Optional<MembershipLevelView> levelFor(long qualifyingPoints);
}
