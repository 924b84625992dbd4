package dev.crm.core.api;

import java.time.Instant;
import java.util.Set;

/** A staff account as other modules and API callers see it: never with a password or hash. */
public record StaffMember(String id, String username, String displayName, Set<Role> roles, String department,
                          boolean enabled, Instant createdAt) {
}
