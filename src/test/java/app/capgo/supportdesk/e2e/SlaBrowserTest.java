package app.capgo.supportdesk.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class SlaBrowserTest extends BrowserTestSupport {

    private Page open(String locale, int width) {
        Page page = browser.newPage(locale, width, "Asia/Tokyo");
        page.navigate(url("/sla"));
        Browser.settle(page);
        return page;
    }

    private static void type(Page page, String selector, String text) {
        Locator input = page.locator(selector + " input").first();
        input.fill(text);
        input.press("Enter");
        input.press("Tab");
        Browser.settle(page);
    }

    /** Types into a combo box and picks the matching item from its list, as a person would. */
    private static void choose(Page page, String selector, String item) {
        Locator input = page.locator(selector + " input").first();
        input.fill(item);
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(item)).first().click();
        Browser.settle(page);
        assertThat(input).hasValue(item);
    }

    @Test
    void the_sla_page_in_english_answers_both_calculators() {
        Page page = open("en-US", 1280);
        assertThat(page.locator("h1")).hasText("SLA terms for Enterprise customers");
        assertThat(page.locator("#deadline-zone input")).hasValue("Asia/Tokyo"); // the browser's zone by default

        choose(page, "#deadline-zone", "Europe/Paris");
        type(page, "#deadline-start vaadin-date-picker", "27/11/2026"); // day first, as the page writes dates
        page.keyboard().press("Escape");
        type(page, "#deadline-start vaadin-time-picker", "17:30");
        page.keyboard().press("Escape");
        assertThat(page.locator("#deadline-result")).hasAttribute("data-deadline", "2026-11-30T06:30:00Z");
        assertThat(page.locator("#deadline-explanation")).hasText(
                "Friday 17:30 + 2 business hours: 30 min on Friday, 1 h 30 on Monday from 06:00, so Monday 07:30.");

        type(page, "#credit-availability", "97.99");
        type(page, "#credit-fee", "2,000");
        Locator credit = page.locator("#credit-result");
        assertThat(credit).hasAttribute("data-percent", "15");
        assertThat(credit).hasAttribute("data-amount", "300.00");
        Browser.screenshot(page, "sla-en");
        assertThat(Browser.seriousViolations(page)).isEmpty();
    }

    @Test
    void the_sla_page_in_french_reads_a_decimal_comma_and_explains_errors() {
        Page page = open("fr-FR", 390);
        assertThat(page.locator("h1")).hasText("Conditions du SLA pour les clients Enterprise");

        type(page, "#credit-availability", "101");
        type(page, "#credit-fee", "1 000");
        assertThat(page.locator("#credit-availability")).hasAttribute("invalid", "");
        assertThat(page.locator("#credit-result")).not().hasAttribute("data-percent", "10");

        type(page, "#credit-availability", "98,5");
        assertThat(page.locator("#credit-result")).hasAttribute("data-percent", "10");
        assertThat(page.locator("#credit-result")).hasAttribute("data-amount", "100.00");

        page.locator("#deadline-severity").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Normal")).click();
        page.locator("#deadline-plan").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(java.util.regex.Pattern.compile("^\\s*Team\\s*$"))).click();
        choose(page, "#deadline-zone", "America/New_York");
        type(page, "#deadline-start vaadin-date-picker", "30/10/2026");
        page.keyboard().press("Escape");
        type(page, "#deadline-start vaadin-time-picker", "17:30");
        page.keyboard().press("Escape");
        Browser.settle(page);
        assertThat(page.locator("#deadline-result")).hasAttribute("data-deadline", "2026-11-02T22:30:00Z");

        Browser.screenshot(page, "sla-fr-390");
        assertThat(Browser.seriousViolations(page)).isEmpty();
        assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")).isEqualTo(true);
    }
}
