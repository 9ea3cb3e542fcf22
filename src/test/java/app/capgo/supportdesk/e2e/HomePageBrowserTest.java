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

        page.locator("#language").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("English")).click();

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
}
