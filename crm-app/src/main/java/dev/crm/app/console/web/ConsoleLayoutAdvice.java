package dev.crm.app.console.web;

import dev.crm.app.console.ConsoleArea;
import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.IllegalStateTransitionException;
import dev.crm.core.api.InvalidInputException;
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
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * current path), and the console's answer to every failure its pages do not handle themselves: a
 * page, not the API's problem JSON. Ordered before the API's handler, only for the console's
 * controllers.
 */
@ControllerAdvice(basePackages = "dev.crm.app.console")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleLayoutAdvice {

    private static final Logger log = LoggerFactory.getLogger(ConsoleLayoutAdvice.class);

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

    /** The state changed under the user's feet (another user, another tab): reload and try again. */
    @ExceptionHandler({IllegalStateTransitionException.class, OptimisticLockingFailureException.class})
    String conflict(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        layout(request, model);
        model.addAttribute("errorKey", "console.error.conflict");
        return "console/error";
    }

    /** Refused input that a page did not show next to its form fields. */
    @ExceptionHandler({InvalidInputException.class, BusinessRuleViolationException.class})
    String refused(RuntimeException refusal, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(refusal instanceof InvalidInputException ? HttpServletResponse.SC_BAD_REQUEST : 422);
        layout(request, model);
        model.addAttribute("errorKey", "console.error.refused");
        model.addAttribute("errorDetail", refusal.getMessage());
        return "console/error";
    }

    /** Anything else: a page with an id to find the stack trace in the log, never the API's JSON. */
    @ExceptionHandler(Exception.class)
    String unexpected(Exception failure, HttpServletRequest request, HttpServletResponse response, Model model) {
        String errorId = UUID.randomUUID().toString();
        log.error("console request {} failed, error id {}", request.getRequestURI(), errorId, failure);
        response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        layout(request, model);
        model.addAttribute("errorKey", "console.error.unexpected");
        model.addAttribute("errorDetail", errorId);
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
