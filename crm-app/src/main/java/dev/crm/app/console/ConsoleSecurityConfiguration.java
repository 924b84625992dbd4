package dev.crm.app.console;

import dev.crm.core.api.LoginThrottledException;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The web console signs staff in with a form and keeps them in a session, so it needs CSRF
 * protection; the API stays stateless HTTP Basic in its own chain. This chain matches only the
 * console's paths and comes before the API's catch-all chain. Staff accounts and the password
 * encoder are the API's: the one {@code UserDetailsService} of crm-core authenticates both.
 * Roles are checked per handler with {@code @PreAuthorize}, exactly as in the API controllers.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ConsoleSecurityConfiguration {

    static final String LOGIN_PAGE = "/login";

    /** Scripts, styles and fonts come from our own origin only: no CDN, no inline script or style. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    /** The console needs no camera, microphone, location, payment or USB: no page (or injected script) gets them. */
    private static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 20)
    SecurityFilterChain consoleSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher("/", "/console", "/console/**", LOGIN_PAGE, "/logout", "/webjars/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/console/assets/**", "/webjars/**", LOGIN_PAGE).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage(LOGIN_PAGE)
                        .defaultSuccessUrl("/console")
                        .failureHandler(signInRefused())
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl(LOGIN_PAGE + "?logout")
                        .deleteCookies("JSESSIONID"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)))
                .build();
    }

    /** A throttled sign-in says to wait, the same for every username: whether it exists stays unsaid. */
    private static AuthenticationFailureHandler signInRefused() {
        ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setDefaultFailureUrl(LOGIN_PAGE + "?error");
        handler.setExceptionMappings(Map.of(LoginThrottledException.class.getName(), LOGIN_PAGE + "?locked"));
        return handler;
    }
}
