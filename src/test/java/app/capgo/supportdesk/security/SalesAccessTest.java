package app.capgo.supportdesk.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may open which route, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SalesAccessTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest(name = "anonymous {0} -> {1}")
    @CsvSource({"/, 200", "/support, 200", "/support?topic=billing, 200", "/sla, 200", "/premium, 200", "/login, 200"})
    void customer_routes_and_the_login_are_public(String path, int status) throws Exception {
        assertThat(get(path).statusCode()).isEqualTo(status);
    }

    @ParameterizedTest(name = "anonymous {0} is sent to the login")
    @CsvSource({"/sales", "/outbox", "/sales?x=1", "/insights"})
    void sales_routes_redirect_anonymous_users_to_the_login(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @org.junit.jupiter.api.Test
    void robots_txt_is_public_text_that_keeps_crawlers_off_the_staff_pages() throws Exception {
        HttpResponse<String> robots = get("/robots.txt");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(robots.body()).contains("User-agent: *").contains("Disallow: /sales").contains("Disallow: /outbox")
                .contains("Disallow: /insights").contains("Disallow: /login").doesNotContain("<");
    }
}
