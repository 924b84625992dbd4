package dev.crm.core.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long a successful password check is remembered ({@link RecentlyVerifiedPasswords}).
 *
 * @param memory   how long a verified (stored hash, password) pair answers without BCrypt; {@code 0s}
 *                 turns the memory off
 * @param capacity most pairs remembered at once (least recently used go first)
 */
@Validated
@ConfigurationProperties("crm.security.verified-passwords")
public record VerifiedPasswordProperties(@NotNull @DefaultValue("PT5M") Duration memory,
                                         @Min(1) @Max(1_000_000) @DefaultValue("10000") int capacity) {
}
