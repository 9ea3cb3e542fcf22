package app.capgo.supportdesk.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page runs under its Content Security Policy in Chromium, with the protective headers and cookie. */
class SecurityHeadersBrowserTest extends BrowserTestSupport {

    private static final String RECORD_VIOLATIONS = "window.__csp = []; document.addEventListener("
            + "'securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));";

    @Test
    void no_page_breaks_its_content_security_policy() {
        for (String path : List.of("/", "/support", "/support?topic=troubleshooting&plan=team&email=registered"
                + "&access=developer&tier=standard&impact=component", "/sla", "/premium", "/login", "/nope")) {
            Page page = browser.newPage("en-GB", 1280);
            page.addInitScript(RECORD_VIOLATIONS);
            Response response = page.navigate(url(path));
            Browser.settle(page);
            Map<String, String> headers = response.allHeaders();
            assertThat(headers.get("content-security-policy")).as(path).contains("frame-ancestors 'none'");
            assertThat(headers.get("x-content-type-options")).as(path).isEqualTo("nosniff");
            assertThat(headers.get("referrer-policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
            assertThat(headers.get("x-frame-options")).as(path).isEqualTo("DENY");
            assertThat(page.evaluate("window.__csp")).as("CSP violations on %s", path).isEqualTo(List.of());
        }
    }

    @Test
    void the_session_id_travels_only_in_a_same_site_cookie() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url("/sales"))).GET().build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("location").orElseThrow()).doesNotContainIgnoringCase("jsessionid");
        assertThat(response.headers().allValues("set-cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));

        HttpResponse<Void> withIdInUrl = client.send(HttpRequest.newBuilder(
                URI.create(url("/sales;jsessionid=ABCDEF0123456789"))).GET().build(), HttpResponse.BodyHandlers.discarding());
        assertThat(withIdInUrl.headers().firstValue("location").orElse("")).doesNotContainIgnoringCase("jsessionid");
    }
}
