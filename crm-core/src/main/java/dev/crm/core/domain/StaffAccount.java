package dev.crm.core.domain;

import dev.crm.core.api.Role;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import lombok.Getter;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A staff member who signs in. Only the BCrypt hash of the password is ever stored. */
@Getter
@Document("staff_accounts")
public class StaffAccount {

    @Id
    private final String id;
    @Indexed(unique = true)
    private final String username;
    private String passwordHash;
    private String displayName;
    private Set<Role> roles;
    /** The department a supervisor supervises or an agent works in; null = all (e.g. head of service). */
    private String department;
    private boolean enabled;
    private final Instant createdAt;
    @Version
    private Long version;

    @PersistenceCreator
    StaffAccount(String id, String username, String passwordHash, String displayName, Set<Role> roles,
                 String department, boolean enabled, Instant createdAt, Long version) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.department = department;
        this.enabled = enabled;
        this.createdAt = createdAt;
        this.version = version;
    }

    public static StaffAccount open(String username, String passwordHash, String displayName, Set<Role> roles,
                                    String department, Instant at) {
        Objects.requireNonNull(passwordHash, "passwordHash");
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a staff account needs at least one role");
        }
        return new StaffAccount(null, username, passwordHash, displayName, roles,
                department == null || department.isBlank() ? null : department.strip(), true, at, null);
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }
}
