package app.capgo.supportdesk.base;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts this instance's live HTTP sessions, and gives each new one the short idle timeout of a visitor. */
@Component
public class ActiveSessions implements HttpSessionListener {

    private final AtomicInteger live = new AtomicInteger();
    private final SessionLimits limits;

    ActiveSessions(SessionLimits limits) {
        this.limits = limits;
    }

    /** Live sessions now. */
    public int count() {
        return live.get();
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        live.incrementAndGet();
        // Until someone signs in on it (then the sign-in gives it the full server.servlet.session.timeout).
        event.getSession().setMaxInactiveInterval((int) limits.anonymousTimeout().toSeconds());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        live.decrementAndGet();
    }
}
