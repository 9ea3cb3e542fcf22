package app.capgo.supportdesk.e2e;

import app.capgo.supportdesk.docs.DocsLibrary;
import app.capgo.supportdesk.docs.DocsSite;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.time.Duration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The docs search in a real browser: as one types on the home page, and from a q link, both widths and languages. */
class DocsBrowserTest extends BrowserTestSupport {

    static final DocsSite SITE = new DocsSite();

    @DynamicPropertySource
    static void docs(DynamicPropertyRegistry registry) throws Exception {
        String folder = Files.createTempDirectory("docs-browser").toString();
        registry.add("support.docs.sitemap", SITE::sitemap);
        registry.add("support.docs.folder", () -> folder);
        registry.add("support.docs.page-timeout", () -> "3s");
        // A support user, and a sales user who also has the support role: for /insights.
        String hash = "{bcrypt}" + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(4).encode(STAFF_PASSWORD);
        registry.add("support.sales.users", () -> "sam:SUPPORT:" + hash + ",dana:SALES+SUPPORT:" + hash);
    }

    static final String STAFF_PASSWORD = "a long staff passphrase";

    @AfterAll
    static void stopSite() {
        SITE.close();
    }

    @Autowired
    DocsLibrary library;

    @BeforeEach
    void indexed() {
        // The app builds its index in the background after start.
        await().atMost(Duration.ofSeconds(60)).until(() -> library.search("keyMismatch", 1).map(h -> !h.isEmpty()).orElse(false));
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"en-US, 1280, Capgo’s docs explain keyMismatch", "fr-FR, 360, La documentation de Capgo explique keyMismatch"})
    void the_home_search_answers_a_pasted_error_as_one_types(String locale, int width, String explains) {
        Page page = openPage(locale, width, "/");
        page.locator("#docs-search").fill("E/CapacitorUpdater: bundle rejected (keyMismatch)");
        assertThat(page.locator("a[data-docs-result]").first())
                .hasAttribute("href", SITE.base() + "/docs/live-updates/encryption/#keymismatch");
        assertThat(page.locator(".docs-explains").first()).hasText(explains);
        assertThat(page.locator("#docs-ask")).isVisible();
        Browser.settle(page);
        Browser.screenshot(page, "docs-home-" + locale + "-" + width);
        assertThat(Browser.seriousViolations(page)).isEmpty();
        assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")).isEqualTo(true);

        page.locator("#docs-ask").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/support\\?q=.*"));
        Browser.settle(page);
        assertThat(page.locator("#docs-suggestions a[data-docs-result]").first())
                .hasAttribute("href", SITE.base() + "/docs/live-updates/encryption/#keymismatch");
    }

    @Test
    void a_q_deep_link_lists_the_sections_best_first() {
        Page page = openPage("en-US", 1280, "/support?q=download_0%20and%20checksum_fail");
        assertThat(page.locator("#docs-suggestions a[data-docs-result]").nth(0))
                .hasAttribute("href", SITE.base() + "/docs/plugin/debugging/#download_0");
        assertThat(page.locator("#docs-suggestions a[data-docs-result]").nth(1))
                .hasAttribute("href", SITE.base() + "/docs/plugin/debugging/#checksum_fail");
        Browser.screenshot(page, "docs-q-link-1280");
        assertThat(Browser.seriousViolations(page)).isEmpty();
    }

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @Test
    void did_it_help_is_counted_and_not_answered_goes_on_with_the_text_in_the_draft() {
        Page page = openPage("en-US", 1280, "/");
        page.locator("#docs-search").fill("checksum_fail after every upload");
        assertThat(page.locator("a[data-docs-result]").first()).isVisible();
        double before = meters.counter("support.docs.answered", "answer", "yes").count();
        page.locator("#docs-helped-yes").click();
        assertThat(page.locator("#docs-thanks")).containsText("Glad it helped.");
        assertThat(meters.counter("support.docs.answered", "answer", "yes").count()).isEqualTo(before + 1);

        page.locator("#docs-search").fill("Our own app crashes at start, checksum_fail");
        assertThat(page.locator("#docs-helped-no")).isVisible();
        page.locator("#docs-helped-no").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/support\\?q=Our%20own%20app%20crashes.*"));
        Browser.settle(page);
        page.locator("#topic label.choice", new Page.LocatorOptions().setHasText("Debugging my own app")).click();
        Browser.settle(page);
        assertThat(page.locator("#draft-description")).hasValue("Our own app crashes at start, checksum_fail");
    }

    @Test
    void a_secret_in_the_report_never_reaches_the_github_link() {
        Page page = openPage("en-US", 360, "/support?topic=app-debugging");
        page.locator("#draft-description").fill("Crash. Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig");
        assertThat(page.locator("#draft-secrets")).containsText("We hid 1 thing that looks like a secret (a bearer token)");
        assertThat(page.locator("#draft-github")).hasAttribute("href", java.util.regex.Pattern.compile(".*Bearer%20%5Bhidden%5D.*"));
        assertThat(page.locator("#draft-github")).not().hasAttribute("href",
                java.util.regex.Pattern.compile(".*eyJhbGciOiJIUzI1NiJ9.*"));
        Browser.screenshot(page, "draft-secrets-360");
        assertThat(Browser.seriousViolations(page)).isEmpty();
    }

    @Autowired
    app.capgo.supportdesk.insights.InsightCounts insights;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private void signIn(Page page, String user) {
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
        page.locator("input[name=username]").fill(user);
        page.locator("input[name=password]").fill(STAFF_PASSWORD);
        page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
        Browser.settle(page);
    }

    @Test
    void flows_driven_in_french_are_what_insights_shows_for_french_and_a_support_user_cannot_open_the_inbox() {
        insights.flush();
        jdbc.sql("DELETE FROM insight_count").update();
        jdbc.sql("DELETE FROM content_gap").update();

        // Answered by the docs on the home page.
        Page home = openPage("fr-FR", 1280, "/?lang=fr");
        home.locator("#docs-search").fill("checksum_fail après chaque envoi");
        assertThat(home.locator("a[data-docs-result]").first()).isVisible();
        home.locator("#docs-helped-yes").click();
        assertThat(home.locator("#docs-thanks")).isVisible();
        // A search the docs cannot answer: a content gap.
        home.locator("#docs-search").fill("zzqx frobnicate ghp_abcdefghijklmnopqrstuvwxyz0123456789 ops@example.com"
                + " https://user:pw@example.com/x 12345678");
        assertThat(home.locator("#docs-none")).isVisible();
        // A home-page card straight to a verdict (official support for billing).
        home.locator("#home-topic-billing").click();
        assertThat(home.locator("#support-outcome")).hasAttribute("data-reason", "billing-open-to-all");
        // A link that stops on the plan step: the customer goes to the SLA page instead.
        Page left = openPage("fr-FR", 360, "/support?topic=setup&lang=fr");
        assertThat(left.locator("#plan")).isVisible();
        left.navigate(url("/sla?lang=fr"));
        Browser.settle(left);
        // A link to a verdict not covered: the community.
        Page community = openPage("fr-FR", 360, "/support?topic=app-debugging&lang=fr");
        assertThat(community.locator("#support-outcome")).hasAttribute("data-reason", "not-covered");

        Page staff = openPage("fr-FR", 1280, "/insights?lang=fr");
        signIn(staff, "sam");
        assertThat(staff.locator("h1")).hasText("Indicateurs\u00a0: ce que demandent les clients");
        staff.locator("#insights-language").click();
        staff.locator("#insights-language vaadin-select-item", new Page.LocatorOptions().setHasText("français")).click();
        Browser.settle(staff);
        assertThat(staff.locator("#insights-showing")).containsText("français");
        assertThat(staff.locator("#insights-figure-flows")).hasText("3");
        assertThat(staff.locator("#insights-figure-routed")).hasText(java.util.regex.Pattern.compile("50\\s?%"));
        assertThat(staff.locator("#insights-figure-docs")).hasText(java.util.regex.Pattern.compile("100\\s?%"));
        assertThat(staff.locator("#insights-figure-premium")).hasText("0");
        // The funnel's numbers: 3 started, the plan step reached once and left there, 2 verdicts: 1 + 2 = 3.
        staff.locator("#insights-funnel summary").click();
        assertThat(staff.locator("#insights-funnel tbody tr")).hasCount(3);
        assertThat(staff.locator("#insights-funnel tbody tr").nth(1)).containsText("Plan");
        assertThat(staff.locator("#insights-funnel tbody tr").nth(1).locator("td").nth(1)).hasText("1");
        assertThat(staff.locator("#insights-funnel tbody tr").nth(2).locator("td").first()).hasText("2");
        assertThat(staff.locator("#insights-funnel svg title")).hasText("Où les clients s’arrêtent");
        assertThat(staff.locator("#insights-gaps-grid")).containsText("zzqx frobnicate");
        // Every cell of both tables: no secret, address, link, long number, session or browser.
        String session = home.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID"))
                .map(c -> c.value).findFirst().orElseThrow();
        String agent = (String) home.evaluate("() => navigator.userAgent");
        java.util.List<String> cells = new java.util.ArrayList<>(jdbc.sql("SELECT * FROM content_gap")
                .query((rs, i) -> rs.getString("count_day") + "|" + rs.getString("language") + "|" + rs.getString("term")
                        + "|" + rs.getString("n")).list());
        assertThat(cells).containsExactly(java.time.LocalDate.now(java.time.ZoneOffset.UTC) + "|fr|zzqx frobnicate|1");
        cells.addAll(jdbc.sql("SELECT * FROM insight_count").query((rs, i) -> rs.getString("language") + "|"
                + rs.getString("entry") + "|" + rs.getString("measure") + "|" + rs.getString("detail")).list());
        assertThat(cells).noneMatch(c -> c.contains("ghp_") || c.contains("@") || c.contains("http") || c.contains("12345678")
                || c.contains(session) || c.contains(agent) || c.contains("127.0.0.1"));
        Browser.screenshot(staff, "insights-fr-1280");
        assertThat(Browser.seriousViolations(staff)).as("axe: serious or critical violations on /insights").isEmpty();

        // Sam has the support role only: the inbox is not theirs.
        staff.navigate(url("/sales"));
        Browser.settle(staff);
        assertThat(staff.locator("#sales-grid")).hasCount(0);
        assertThat(staff.locator("a.site-nav-link", new Page.LocatorOptions().setHasText("Demandes"))).hasCount(0);
        assertThat(staff.locator("a.site-nav-link", new Page.LocatorOptions().setHasText("Indicateurs"))).hasCount(1);
    }
}
