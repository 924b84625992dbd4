package dev.crm.app.console;

import dev.crm.core.api.Role;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * One entry of the console's navigation. Each area declares its own as a bean, so no shared list
 * is edited by every area; the layout shows an entry only to the roles given here, which must be
 * the roles its controller allows with {@code @PreAuthorize} (hiding is not the protection).
 *
 * @param path     where the entry leads, e.g. {@code /console/agent/queue}; also marks the entry as
 *                 current for every page below it
 * @param labelKey message key of the entry's text
 * @param order    position in the navigation, ascending (agent 100, supervisor 200, customer 300,
 *                 loyalty 400, HR 500, dashboards 600, admin 900)
 * @param roles    who sees it
 */
public record ConsoleArea(String path, String labelKey, int order, Set<Role> roles) {

    public ConsoleArea {
        roles = Set.copyOf(roles);
    }

    public static ConsoleArea of(String path, String labelKey, int order, Role first, Role... more) {
        return new ConsoleArea(path, labelKey, order, EnumSet.of(first, more));
    }

    public boolean visibleTo(Collection<Role> held) {
        return held.stream().anyMatch(roles::contains);
    }

    public boolean isCurrent(String requestPath) {
        return requestPath.equals(path) || requestPath.startsWith(path + "/");
    }
}
