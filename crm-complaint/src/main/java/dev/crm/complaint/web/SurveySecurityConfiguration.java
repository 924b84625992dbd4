package dev.crm.complaint.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Customers answer surveys without an account: the link's signed token is the credential, checked by
 * {@link SurveyController} on every call. A chain of its own for exactly the public survey paths,
 * ahead of the API's, so no staff login is asked for (or taken from a stray Authorization header)
 * there, and nothing else becomes public.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SurveySecurityConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain publicSurveySecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/v1/surveys/*", SurveyPageController.PAGE)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy
                                .NO_REFERRER)))
                .build();
    }
}
