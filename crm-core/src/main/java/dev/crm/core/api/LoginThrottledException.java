package dev.crm.core.api;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused without looking at the password, because too many failed ones came for the
 * username or from the client's address. Says nothing about whether the username exists: unknown
 * names are counted and locked out exactly like known ones.
 */
public class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins; try again in " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    /** How long until the next attempt is looked at; at least one second. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
