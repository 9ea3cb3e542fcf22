package app.capgo.supportdesk.security;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind an HTTPS proxy (TLS ending at the proxy), one setting trusts its X-Forwarded-* headers:
 * cookies become Secure, redirects keep https, HSTS is sent. Without it, forged headers change
 * nothing. The proxy's request is played by the test from loopback.
 */
class BehindProxyTest {

    static HttpResponse<Void> throughProxy(int port) throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sales"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "support.capgo.app")
                .header("X-Forwarded-Port", "443").header("X-Forwarded-For", "203.0.113.7").GET().build(),
                HttpResponse.BodyHandlers.discarding());
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = "server.forward-headers-strategy=native")
    class WithTheProxySetting {

        @LocalServerPort
        int port;

        @Test
        void cookies_are_secure_redirects_keep_https_and_hsts_is_sent() throws Exception {
            HttpResponse<Void> response = throughProxy(port);
            assertThat(response.headers().firstValue("Location").orElseThrow()).startsWith("https://support.capgo.app/");
            assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).contains("Secure"));
            assertThat(response.headers().firstValue("Strict-Transport-Security")).isPresent();
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    class WithoutIt {

        @LocalServerPort
        int port;

        @Test
        void forged_forwarding_headers_change_nothing() throws Exception {
            HttpResponse<Void> response = throughProxy(port);
            assertThat(response.headers().firstValue("Location").orElseThrow()).startsWith("http://localhost:");
            assertThat(response.headers().allValues("Set-Cookie")).noneSatisfy(c -> assertThat(c).contains("Secure"));
            assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        }
    }
}
