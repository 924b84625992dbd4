package dev.crm.core.application;

import dev.crm.core.api.LoginThrottledException;
import dev.crm.core.persistence.StaffAccountRepository;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The one way staff sign in, for the API's Basic and the console's form login alike: the staff
 * accounts and BCrypt, behind the {@link LoginThrottle}. A locked username or address is refused
 * before the password is looked at, so guessing on during a lock-out learns nothing.
 */
@Component
class ThrottledStaffAuthentication implements AuthenticationProvider {

    private final DaoAuthenticationProvider accounts;
    private final LoginThrottle throttle;

    ThrottledStaffAuthentication(StaffAccountRepository staffAccounts, PasswordEncoder passwordEncoder,
                                 LoginThrottle throttle) {
        this.accounts = new DaoAuthenticationProvider(new StaffUserDetailsService(staffAccounts));
        this.accounts.setPasswordEncoder(passwordEncoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails
                ? ((WebAuthenticationDetails) attempt.getDetails()).getRemoteAddress() : null;
        LoginThrottle.Check check = throttle.check(username, address);
        if (check.refusal().isPresent()) {
            throw new LoginThrottledException(check.refusal().get());
        }
        try {
            Authentication signedIn = accounts.authenticate(attempt);
            // Most sign-ins have nothing on record: no write for them on every API call.
            if (check.usernameRecorded()) {
                throttle.succeeded(username);
            }
            return signedIn;
        } catch (BadCredentialsException failed) {
            // Unknown usernames arrive here too (hidden as bad credentials), and are counted alike.
            throttle.failed(username, address);
            throw failed;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
