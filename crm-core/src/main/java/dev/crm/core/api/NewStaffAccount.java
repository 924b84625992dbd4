package dev.crm.core.api;

import java.util.Set;

/** What it takes to open a staff account. */
public record NewStaffAccount(String username, String password, String displayName, Set<Role> roles,
                              String department) {

    @Override
    public String toString() {
        // Keeps the password out of logs and exception messages that print the request.
        return "NewStaffAccount[username=" + username + ", displayName=" + displayName + ", roles=" + roles
                + ", department=" + department + "]";
    }
}
