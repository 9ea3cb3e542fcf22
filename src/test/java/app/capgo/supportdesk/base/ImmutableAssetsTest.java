package app.capgo.supportdesk.base;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP: the bundle's scripts, whose names carry their content's hash, may be kept for a
 * year; the page itself and unhashed files keep their short caching.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImmutableAssetsTest {

    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    @LocalServerPort
    private int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void hashed_bundle_scripts_are_cached_for_a_year() throws Exception {
        String page = get("/support").body();
        Matcher script = Pattern.compile("VAADIN/build/[^\"]+-[A-Za-z0-9_-]{8}\\.js").matcher(page);
        assertThat(script.find()).as("the page names a hashed bundle script: %s", page).isTrue();

        HttpResponse<String> bundle = get("/" + script.group());

        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.headers().allValues("Cache-Control")).containsExactly(IMMUTABLE);
    }

    @Test
    void the_page_and_unhashed_files_are_not_kept_for_a_year() throws Exception {
        assertThat(get("/support").headers().allValues("Cache-Control")).doesNotContain(IMMUTABLE);
        assertThat(get("/icons/logo.svg").headers().allValues("Cache-Control")).doesNotContain(IMMUTABLE);
        assertThat(get("/VAADIN/build/not-hashed.js").headers().allValues("Cache-Control")).doesNotContain(IMMUTABLE);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
