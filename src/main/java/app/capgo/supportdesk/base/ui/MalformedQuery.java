package app.capgo.supportdesk.base.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A link with a malformed percent-escape ({@code ?topic=%zz}, a lone {@code %}, an overlong UTF-8
 * sequence) is treated like any unknown value: the page is sent again without the parameters that
 * cannot be read, instead of failing deep inside the framework.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class MalformedQuery extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || request.getQueryString() == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<String> pairs = Arrays.asList(request.getQueryString().split("&"));
        List<String> readable = pairs.stream().filter(MalformedQuery::isReadable).toList();
        if (readable.size() == pairs.size()) {
            chain.doFilter(request, response);
            return;
        }
        String uri = request.getRequestURI();
        response.sendRedirect(readable.isEmpty() ? uri : uri + "?" + String.join("&", readable));
    }

    /** Whether a {@code name=value} pair decodes to well-formed UTF-8 text. */
    static boolean isReadable(String pair) {
        try {
            String decoded = URLDecoder.decode(pair, StandardCharsets.UTF_8);
            return !decoded.contains("\uFFFD");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
