package app.capgo.supportdesk.base;

import app.capgo.supportdesk.base.i18n.Messages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * Lets a request without a session through only while the instance can take one more visitor: at
 * most {@link SessionLimits#maxActive()} live sessions, and a client opening at most
 * {@link SessionLimits#newPerClientPerMinute()} a minute. Otherwise it answers a short page "busy,
 * try again in a minute" with HTTP 503 and {@code Retry-After}, never an error page: visitors with a
 * session are always served, so a flood of new sessions cannot take the heap or the existing users.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class SessionGate extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(SessionGate.class);
    private static final Duration WARN_EVERY = Duration.ofMinutes(1);

    private final ActiveSessions sessions;
    private final SessionLimits limits;
    private final NewSessionBudget budget;
    private final OncePer warning;

    SessionGate(ActiveSessions sessions, SessionLimits limits, Clock clock) {
        this.sessions = sessions;
        this.limits = limits;
        this.warning = new OncePer(WARN_EVERY, clock);
        this.budget = new NewSessionBudget(limits.newPerClientPerMinute(), clock);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getSession(false) != null || !opensSession(request)) {
            chain.doFilter(request, response);
            return;
        }
        boolean full = sessions.count() >= limits.maxActive();
        if (full || !budget.tryOpen(request.getRemoteAddr())) {
            warn(full);
            busy(response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Pages and Vaadin's requests open a session; the static files of the bundle and images do not. */
    private static boolean opensSession(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith("/VAADIN/") || path.startsWith("/icons/") || path.equals("/styles.css")
                || path.startsWith("/favicon") || path.endsWith(".js") || path.endsWith(".css"));
    }

    private void warn(boolean full) {
        if (warning.due()) {
            LOG.warn(full ? "{} sessions are open (support.sessions.max-active): new visitors are asked to come back in a minute"
                    : "A client opened more than {} sessions in a minute (support.sessions.new-per-client-per-minute):"
                    + " its new ones are refused for now", full ? limits.maxActive() : limits.newPerClientPerMinute());
        }
    }

    private static void busy(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "60");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>");
        page.append(text("busy.title", Messages.ENGLISH)).append("</title></head><body>");
        for (Locale locale : Messages.LOCALES) {
            page.append("<section lang=\"").append(locale.getLanguage()).append("\"><h1>")
                    .append(text("busy.title", locale)).append("</h1><p>").append(text("busy.text", locale))
                    .append("</p></section>");
        }
        response.getOutputStream().write(page.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String text(String key, Locale locale) {
        return HtmlUtils.htmlEscape(Messages.lookup(Messages.BUNDLE, key, locale).orElse(key), StandardCharsets.UTF_8.name());
    }
}
