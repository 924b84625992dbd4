package dev.crm.core.api;

/** Staff roles. Spring Security sees them as authorities {@code ROLE_<name>}. */
public enum Role {
    ADMIN,
    SUPERVISOR,
    AGENT,
    HR,
    ANALYST,
    INTEGRATOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
