package dev.crm.app.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Channel providers call the inbound endpoints without staff credentials: the channel's plugin
 * verifies each request (signature, token) instead. A chain of its own, ahead of the API's, so that
 * a provider's own Authorization header is never taken for a staff login.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class InboundSecurityConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain channelInboundSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/v1/channels/*/inbound")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
