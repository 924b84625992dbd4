package dev.crm.core.application;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Brute-force throttling of sign-ins (API Basic and console form alike).
 *
 * @param enabled             off only for experiments; counters live in {@code login_attempts}
 * @param usernameMaxFailures failed sign-ins for one username within {@code window} that lock it out
 * @param addressMaxFailures  failed sign-ins from one client address (any usernames) within
 *                            {@code window} that lock the address out; higher, since an office
 *                            behind one NAT address shares it
 * @param window              the span failures are counted over, from the first
 * @param firstLockOut        the first lock-out; each further one of the same key lasts twice the last
 * @param maxLockOut          the cap of a lock-out; a key quiet for this long after its last failure
 *                            window or lock-out is forgotten
 */
@Validated
@ConfigurationProperties("crm.security.login-throttle")
public record LoginThrottleProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("5") @Min(1) int usernameMaxFailures,
        @DefaultValue("50") @Min(1) int addressMaxFailures,
        @DefaultValue("15m") Duration window,
        @DefaultValue("1m") Duration firstLockOut,
        @DefaultValue("1h") Duration maxLockOut) {
}
