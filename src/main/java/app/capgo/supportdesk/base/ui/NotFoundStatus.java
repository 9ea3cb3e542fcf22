package app.capgo.supportdesk.base.ui;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/**
 * A page request for an address that is no route answers HTTP 404 (the page itself is the
 * not-found view, built by Vaadin as usual), so that browsers, crawlers and monitors are told the
 * truth. Vaadin's own requests, static files and non-GET requests pass untouched.
 */
@Component
public class NotFoundStatus extends OncePerRequestFilter {

    private static final List<String> NOT_PAGES = List.of("VAADIN/", "HEARTBEAT/", "error");

    /**
     * Whether {@code request} asks for a page at an address that is no route: such a request may
     * pass the sign-in checks (there is nothing behind it but the public not-found view).
     */
    public static boolean isUnknownPage(HttpServletRequest request) {
        if (!isPageRequest(request)) {
            return false;
        }
        ApplicationRouteRegistry routes = ApplicationRouteRegistry.getInstance(
                new VaadinServletContext(request.getServletContext()));
        return !routes.getNavigationRouteTarget(path(request)).hasTarget();
    }

    private static boolean isPageRequest(HttpServletRequest request) {
        String path = path(request);
        return "GET".equals(request.getMethod()) && request.getParameter("v-r") == null
                && !path.substring(path.lastIndexOf('/') + 1).contains(".")
                && NOT_PAGES.stream().noneMatch(path::startsWith);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isPageRequest(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, isUnknownPage(request) ? new NotFound(response) : response);
    }

    private static String path(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/") ? path.substring(1) : path;
    }

    /** Keeps the status 404 where the page would say 200. */
    private static final class NotFound extends HttpServletResponseWrapper {

        NotFound(HttpServletResponse response) {
            super(response);
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }

        @Override
        public void setStatus(int status) {
            super.setStatus(status == SC_OK ? SC_NOT_FOUND : status);
        }
    }
}
