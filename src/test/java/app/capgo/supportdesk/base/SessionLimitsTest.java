package app.capgo.supportdesk.base;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous sessions cannot exhaust the heap: a visitor's session has the short idle timeout, and
 * past the cap of live sessions a new visitor gets a plain "busy" page (503) while visitors who have
 * a session are still served. Over real HTTP, without cookies (as a flood of v-r=init would come).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"support.sessions.max-active=3", "support.sessions.anonymous-timeout=7m"})
class SessionLimitsTest {

    @LocalServerPort
    int port;
    @Autowired
    WebServerApplicationContext context;
    @Autowired
    ActiveSessions sessions;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sla"));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    @Test
    void past_the_cap_new_visitors_get_a_busy_page_and_existing_ones_are_still_served() throws Exception {
        List<String> cookies = new ArrayList<>();
        while (sessions.count() < 3) {
            HttpResponse<String> opened = get(null);
            assertThat(opened.statusCode()).isEqualTo(200);
            cookies.add(sessionCookie(opened));
        }
        String id = cookies.getFirst().substring("JSESSIONID=".length());
        var manager = ((org.apache.catalina.Context) ((TomcatWebServer) context.getWebServer()).getTomcat().getHost()
                .findChildren()[0]).getManager();
        assertThat(manager.findSession(id).getMaxInactiveInterval()).as("a visitor's idle timeout, seconds")
                .isEqualTo(7 * 60);

        HttpResponse<String> refused = get(null);
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).contains("60");
        assertThat(refused.body()).contains("Please try again in a minute.").contains("Réessayez dans une minute.")
                .doesNotContain("Exception");
        assertThat(refused.headers().allValues("Set-Cookie")).as("no session for the refused").isEmpty();

        for (String cookie : cookies) {
            assertThat(get(cookie).statusCode()).as("a visitor with a session").isEqualTo(200);
        }
        assertThat(sessions.count()).isEqualTo(3);
    }
}
