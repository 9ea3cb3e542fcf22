package app.capgo.supportdesk.base.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The scripts of the frontend bundle carry a hash of their content in their name
 * ({@code /VAADIN/build/indexhtml-CBoptomK.js}): a new build gives new names, so a browser may keep
 * them for a year without asking again. Vaadin sends them with one hour; a returning customer's
 * browser would otherwise revalidate the whole bundle after that hour.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class ImmutableAssets extends OncePerRequestFilter {

    static final String CACHE_CONTROL = "public, max-age=31536000, immutable";
    /** A Vite output name: anything, a dash, the 8-character content hash, the extension. */
    private static final Pattern HASHED = Pattern.compile("/VAADIN/build/[^/]+-[A-Za-z0-9_-]{8}\\.(js|css)");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !HASHED.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Cache-Control", CACHE_CONTROL);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!"Cache-Control".equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!"Cache-Control".equalsIgnoreCase(name)) {
                    super.addHeader(name, value);
                }
            }
        });
    }
}
