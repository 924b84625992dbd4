package dev.crm.core.api;

import java.util.Set;

/** Who is calling: for recording the actor of a change without passing it through every layer. */
public interface CurrentStaff {

    /** The authenticated staff member's username, or {@code "system"} for scheduled work. */
    String username();

    Set<Role> roles();

    default boolean hasRole(Role role) {
        return roles().contains(role);
    }
}
