package dev.crm.app.console.web;

import dev.crm.app.console.ConsoleArea;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.core.api.Role;
import dev.crm.core.api.StaffDirectory;
import dev.crm.core.api.StaffMember;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every console page's layout needs (the signed-in user, the navigation they may see, the
 * current path), and the console's answer to a refused or missing record: a page, not the API's
 * problem JSON. Ordered before the API's handler, and only for the console's controllers.
 */
@ControllerAdvice(basePackages = "dev.crm.app.console")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleLayoutAdvice {

    private final List<ConsoleArea> areas;
    private final StaffDirectory staff;

    ConsoleLayoutAdvice(List<ConsoleArea> areas, StaffDirectory staff) {
        this.areas = areas.stream().sorted(Comparator.comparingInt(ConsoleArea::order)).toList();
        this.staff = staff;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("navigation")
    List<ConsoleArea> navigation() {
        Set<Role> roles = signedInRoles();
        return areas.stream().filter(area -> area.visibleTo(roles)).toList();
    }

    @ModelAttribute("staffName")
    String staffName() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !signedIn.isAuthenticated() || signedInRoles().isEmpty()) {
            return null;
        }
        return staff.findByUsername(signedIn.getName()).map(StaffMember::displayName).orElse(signedIn.getName());
    }

    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        layout(request, model);
        model.addAttribute("errorKey", "console.error.forbidden");
        return "console/error";
    }

    @ExceptionHandler(RecordNotFoundException.class)
    String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        layout(request, model);
        model.addAttribute("errorKey", "console.error.not-found");
        return "console/error";
    }

    /** Exception handlers get a fresh model without the attributes above. */
    private void layout(HttpServletRequest request, Model model) {
        model.addAttribute("currentPath", currentPath(request));
        model.addAttribute("navigation", navigation());
        model.addAttribute("staffName", staffName());
    }

    private static Set<Role> signedInRoles() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (signedIn == null) {
            return roles;
        }
        for (GrantedAuthority authority : signedIn.getAuthorities()) {
            Arrays.stream(Role.values()).filter(role -> role.authority().equals(authority.getAuthority()))
                    .forEach(roles::add);
        }
        return roles;
    }
}
