package app.capgo.supportdesk.base.ui;

import app.capgo.supportdesk.base.i18n.Messages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP: a public page's HTML already holds its header and opening, in the customer's
 * language, without the live page's ids; pages it does not know get none.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FirstPaintTest {

    @LocalServerPort
    private int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final Messages messages = new Messages();

    @Test
    void the_home_page_arrives_with_its_title_and_intro_in_the_browsers_language() throws Exception {
        Document page = get("/", "fr-FR,fr;q=0.9");

        Element paint = paint(page);
        assertThat(paint.selectFirst("main h1").text()).isEqualTo(text("home.title", Locale.FRENCH));
        assertThat(paint.selectFirst("main p").text()).isEqualTo(text("home.intro", Locale.FRENCH));
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(paint.select("[id]")).as("ids are the live page's").isEmpty();
        assertThat(paint.select(".site-nav-link").eachAttr("href")).as("only the pages open to everyone")
                .containsExactly("/", "/support", "/sla", "/premium");
        assertThat(paint.selectFirst(".site-nav-link[aria-current=page]").attr("href")).isEqualTo("/");
        assertThat(page.selectFirst("#outlet + script").data()).as("the live page takes over").contains("MutationObserver");
    }

    @Test
    void a_links_language_wins_over_the_browsers() throws Exception {
        Element paint = paint(get("/sla?lang=en", "fr-FR"));

        assertThat(paint.selectFirst("main h1").text()).isEqualTo(text("sla.title", Locale.ENGLISH));
        assertThat(paint.selectFirst("main p").text()).isEqualTo(text("sla.intro", Locale.ENGLISH));
        assertThat(paint.selectFirst(".language-switcher option[selected]").text()).isEqualTo("English");
    }

    @Test
    void a_step_link_arrives_with_its_question_and_a_verdict_link_with_its_reason() throws Exception {
        Element step = paint(get("/support?topic=troubleshooting", "fr-FR"));
        assertThat(step.selectFirst("main h2").text()).isEqualTo(text("step.plan.title", Locale.FRENCH));
        assertThat(step.select(".recap-part").eachText()).containsExactly(text("recap.topic.troubleshooting", Locale.FRENCH));

        Element verdict = paint(get("/support?topic=troubleshooting&plan=team&tier=standard&email=registered"
                + "&access=developer&impact=all-down&env=production&lang=en", "fr-FR"));
        assertThat(verdict.selectFirst(".outcome[data-reason=in-scope] .outcome-card h2").text())
                .isEqualTo(text("outcome.title.official", Locale.ENGLISH));
    }

    @Test
    void what_a_link_carries_is_painted_as_text_never_as_markup() throws Exception {
        Element paint = paint(get("/support?topic=%3Cscript%3Ealert(1)%3C/script%3E%3Cimg%20src=x%20onerror=alert(2)%3E", "en-GB"));

        assertThat(paint.select("script, img[onerror]")).isEmpty();
        assertThat(paint.selectFirst("main h1 + p").text()).contains("<script>alert(1)</script>");
    }

    @Test
    void a_painted_page_is_kept_by_no_shared_cache_and_varies_with_the_browsers_language() throws Exception {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sla"))
                .header("Accept-Language", "fr-FR").header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("private, no-cache");
        assertThat(String.join(",", response.headers().allValues("Vary")).toLowerCase(Locale.ROOT))
                .contains("accept-language").contains("accept-encoding");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sales", "/login", "/no-such-page", "/premium"})
    void pages_without_an_opening_arrive_without_a_paint(String path) throws Exception {
        Document page = get(path, "en-GB");

        assertThat(page.select(".first-paint")).isEmpty();
    }

    private static Element paint(Document page) {
        Element paint = page.selectFirst("body > .site.first-paint:has(+ #outlet)");
        assertThat(paint).as("the first paint in %s", page.body().html()).isNotNull();
        return paint;
    }

    private String text(String key, Locale locale) {
        return Jsoup.parse(messages.getTranslation(key, locale)).text();
    }

    private Document get(String path, String languages) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", languages).build(), HttpResponse.BodyHandlers.ofString());
        return Jsoup.parse(response.body());
    }
}
