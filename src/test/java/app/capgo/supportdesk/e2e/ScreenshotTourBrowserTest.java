package app.capgo.supportdesk.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The README's tour: the main screens in English at desktop and phone width, saved into
 * {@code docs/screenshots/}. Run with {@code ./mvnw -B verify -Ptour}; excluded from the normal run.
 */
@Tag("tour")
class ScreenshotTourBrowserTest extends BrowserTestSupport {

    private static final Path TOUR = Path.of("docs", "screenshots");
    private static final String PASSWORD = "a long tour passphrase";

    @DynamicPropertySource
    static void users(DynamicPropertyRegistry registry) {
        registry.add("support.sales.users", () -> "tour:{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD));
    }

    private void shoot(Page page, String name, int width) {
        Browser.settle(page);
        Browser.fullPage(page, TOUR.resolve(name + "-" + width + ".png"));
    }

    private Page open(int width, String path) {
        Page page = browser.newPage("en-GB", width, "Europe/Paris");
        page.navigate(url(path));
        Browser.settle(page);
        return page;
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, 360})
    void the_customer_screens(int width) {
        shoot(open(width, "/"), "home", width);
        Page step = open(width, "/support?topic=troubleshooting");
        assertThat(step.locator("h2").first()).hasText("Which Capgo plan are you on?");
        shoot(step, "step-plan", width);
        // A later step: the recap of the answers, each a way back to its question.
        Page impact = open(width, "/support?topic=troubleshooting&plan=team&tier=standard&email=registered&access=developer");
        assertThat(impact.locator("#recap")).containsText("Team");
        shoot(impact, "step-impact", width);
        shoot(open(width, "/support?topic=troubleshooting&plan=team&email=registered&access=developer&tier=standard"
                + "&impact=all-down&env=production"), "verdict-official", width);
        shoot(open(width, "/support?topic=app-debugging&plan=solo"), "verdict-community", width);
        shoot(open(width, "/support?topic=sla-credit&plan=enterprise"), "verdict-credit", width);
        shoot(open(width, "/sla"), "sla", width);
        // A credit verdict's link: the page opens at its calculator (the screen as it opens, not the whole page).
        Page credit = open(width, "/sla#credit");
        Browser.settle(credit);
        credit.screenshot(new Page.ScreenshotOptions().setPath(TOUR.resolve("sla-credit-" + width + ".png")));
        Page premium = browser.newPage("en-GB", width);
        fillInquiry(premium, "team", "Ada Lovelace", "ada@example.com", "Analytical Apps", "We want expert help.");
        premium.locator("#inquiry-submit").click();
        assertThat(premium.locator("#inquiry-result")).hasAttribute("data-reference",
                java.util.regex.Pattern.compile("PS-.*"));
        shoot(premium, "premium-confirmation", width);

        Page sales = browser.newPage("en-GB", width);
        sales.navigate(url("/login"));
        sales.locator("input[name=username]").fill("tour");
        sales.locator("input[name=password]").fill(PASSWORD);
        sales.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
        // Signed in from the sign-in page, sales land on their inbox.
        assertThat(sales).hasURL(java.util.regex.Pattern.compile(".*/sales$"));
        assertThat(sales.locator("h1")).hasText("Premium-support inquiries");
        Browser.settle(sales);
        sales.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Ada Lovelace")).first().click();
        assertThat(sales.locator("#sales-details")).hasAttribute("data-reference",
                java.util.regex.Pattern.compile("PS-.*"));
        Browser.settle(sales);
        sales.evaluate("() => window.scrollTo(0, 0)");
        shoot(sales, "inbox", width);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** /insights over 30 days of seeded counts, in both languages and both schemes. */
    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, 360})
    void the_insights_page(int width) {
        jdbc.sql("DELETE FROM insight_count").update();
        jdbc.sql("DELETE FROM content_gap").update();
        app.capgo.supportdesk.insights.InsightSeed.seed(jdbc, java.time.LocalDate.now(java.time.ZoneOffset.UTC), 30, 400, 7);
        for (String language : java.util.List.of("en", "fr")) {
            Page page = browser.newPage(language.equals("en") ? "en-GB" : "fr-FR", width, "Europe/Paris");
            page.navigate(url("/login?lang=" + language));
            page.locator("input[name=username]").fill("tour");
            page.locator("input[name=password]").fill(PASSWORD);
            page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/sales$"));
            page.navigate(url("/insights"));
            Browser.settle(page);
            assertThat(page.locator("#insights-figure-flows")).not().hasText("0");
            page.locator("#insights-funnel summary").click();
            Browser.settle(page);
            // The loading bar of the toggle's round trip fades out after it: not in the picture.
            page.waitForFunction("() => [...document.querySelectorAll('.v-loading-indicator')]"
                    + ".every(i => getComputedStyle(i).display === 'none' || getComputedStyle(i).opacity === '0')");
            page.evaluate("() => window.scrollTo(0, 0)");
            for (com.microsoft.playwright.options.ColorScheme scheme : java.util.List.of(
                    com.microsoft.playwright.options.ColorScheme.LIGHT, com.microsoft.playwright.options.ColorScheme.DARK)) {
                page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
                shoot(page, "insights-" + language + (scheme == com.microsoft.playwright.options.ColorScheme.DARK ? "-dark" : ""), width);
            }
        }
    }
}
