package app.capgo.supportdesk.security;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in, refused for a while after repeated failures of the user or the client. Every
 * attempt is counted before its password is checked; a failure (any exception) keeps it counted.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final LoginThrottle throttle;
    private final SalesUsers users;
    private final MeterRegistry meters;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider delegate, LoginThrottle throttle, SalesUsers users,
                                    MeterRegistry meters) {
        this.delegate = delegate;
        this.throttle = throttle;
        this.users = users;
        this.meters = meters;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = String.valueOf(authentication.getName());
        String client = authentication.getDetails() instanceof WebAuthenticationDetails web
                && web.getRemoteAddress() != null ? web.getRemoteAddress() : "unknown";
        if (!throttle.tryReserve(username, client)) {
            // As slow as a real check, so that a lockout does not tell which names exist.
            users.checkDummy(String.valueOf(authentication.getCredentials()));
            count("locked");
            throw new LockedException("too many failed logins; try again later");
        }
        Authentication result;
        try {
            result = delegate.authenticate(authentication);
        } catch (AuthenticationException e) {
            count("failure");
            throw e;
        }
        throttle.succeeded(username, client);
        count("success");
        return result;
    }

    private void count(String outcome) {
        meters.counter("support.logins", "outcome", outcome).increment();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
