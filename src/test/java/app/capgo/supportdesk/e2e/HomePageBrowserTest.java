package app.capgo.supportdesk.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class HomePageBrowserTest extends BrowserTestSupport {

    @Test
    void the_home_page_follows_the_browser_language_and_switches_on_request() {
        Page page = browser.newPage("fr-FR", 1280);
        page.navigate(url("/"));
        assertThat(page.locator("h1")).hasText("La bonne aide, rapidement");

        page.locator("#language").selectOption("English");

        assertThat(page.locator("h1")).hasText("Get the right help, fast");
        Browser.screenshot(page, "home-en");
    }

    @Test
    void the_home_page_has_no_serious_accessibility_violation_at_360_px() {
        Page page = browser.newPage("en-US", 360);
        page.navigate(url("/"));
        assertThat(page.locator("h1")).isVisible();
        Browser.settle(page);
        Browser.screenshot(page, "home-360");

        assertThat(Browser.seriousViolations(page)).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"en-GB", "fr-FR"})
    void at_360_px_the_header_keeps_the_whole_name_and_the_language_on_one_line(String locale) {
        Page page = browser.newPage(locale, 360);
        page.navigate(url("/"));
        Browser.settle(page);
        Object clipped = page.evaluate("() => { const s = document.querySelector('.app-name > span');"
                + " return s.scrollWidth - s.clientWidth; }");
        assertThat(((Number) clipped).intValue()).as("pixels of the name cut off").isLessThanOrEqualTo(0);
        Object right = page.evaluate("() => document.getElementById('language').getBoundingClientRect().right");
        assertThat(((Number) right).doubleValue()).isLessThanOrEqualTo(360);
        Object tops = page.evaluate("() => [document.querySelector('.app-name > span'), document.getElementById('language')]"
                + ".map(e => e.getBoundingClientRect()).map(r => r.top + r.height / 2)");
        java.util.List<?> middles = (java.util.List<?>) tops;
        assertThat(Math.abs(((Number) middles.get(0)).doubleValue() - ((Number) middles.get(1)).doubleValue()))
                .as("name and language switcher on one line").isLessThan(8);
    }

    @Test
    void a_topic_card_opens_the_flow_with_the_topic_answered() {
        Page page = browser.newPage("en-GB", 1280);
        page.navigate(url("/"));
        page.locator("#home-topic-billing").click();
        assertThat(page.locator("#support-outcome")).hasAttribute("data-reason", "billing-open-to-all");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/support\\?topic=billing.*"));
    }
}
