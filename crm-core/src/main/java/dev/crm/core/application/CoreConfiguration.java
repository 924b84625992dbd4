package dev.crm.core.application;

import dev.crm.core.api.BusinessTimeZone;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CoreProperties.class, SecurityProperties.class, JobProperties.class,
        VerifiedPasswordProperties.class, LoginThrottleProperties.class})
class CoreConfiguration {

    /** All time comes from here, so tests and simulations can fix or move it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    BusinessTimeZone businessTimeZone(CoreProperties properties) {
        return new BusinessTimeZone(properties.businessTimeZone());
    }

    @Bean
    PasswordEncoder passwordEncoder(SecurityProperties properties, VerifiedPasswordProperties verified, Clock clock) {
        return new RecentlyVerifiedPasswords(new BCryptPasswordEncoder(properties.bcryptStrength()), clock,
                verified.memory(), verified.capacity());
    }
}
