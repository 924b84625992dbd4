package dev.crm.core.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks a handler's {@code @PreAuthorize} before Spring MVC reads and validates the request, so a
 * role that may not call an endpoint gets 403 whatever it sent, never a 400 that tells it how to
 * shape a valid request. Method security still checks again at the call. Our expressions name
 * roles only, never arguments, which is what makes checking them before binding possible.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class RolesBeforeBinding implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new RoleCheck());
    }

    private static final class RoleCheck implements HandlerInterceptor {

        private final PreAuthorizeAuthorizationManager preAuthorize = new PreAuthorizeAuthorizationManager();

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            if (handler instanceof HandlerMethod method) {
                AuthorizationResult result = preAuthorize.authorize(
                        () -> SecurityContextHolder.getContext().getAuthentication(),
                        new SimpleMethodInvocation(method.getBean(), method.getMethod()));
                if (result != null && !result.isGranted()) {
                    throw new AccessDeniedException("Access Denied");
                }
            }
            return true;
        }
    }
}
