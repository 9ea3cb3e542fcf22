package app.capgo.supportdesk.security;

import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Duration;

/**
 * A visitor's session ends after the short anonymous timeout ({@code support.sessions.anonymous-timeout});
 * once someone signs in on it, it gets the full {@code server.servlet.session.timeout}.
 */
@Component
class SignedInSessionTimeout {

    private final Duration timeout;

    SignedInSessionTimeout(@Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        this.timeout = timeout;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            if (session != null) {
                session.setMaxInactiveInterval((int) timeout.toSeconds());
            }
        }
    }
}
