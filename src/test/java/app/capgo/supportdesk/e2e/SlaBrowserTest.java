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

    /** Types into a field as a person would, then leaves it. */
    private static void type(Page page, String selector, String text) {
        Locator input = page.locator(selector);
        input.click();
        input.clear();
        input.pressSequentially(text);
        input.press("Tab");
        Browser.settle(page);
    }

    @Test
    void the_sla_page_in_english_answers_both_calculators() {
        Page page = open("en-US", 1280);
        assertThat(page.locator("h1")).hasText("SLA terms for Enterprise customers");
        assertThat(page.locator("#deadline-zone")).hasValue("Asia/Tokyo"); // the browser's zone by default
        assertThat(page.locator("#deadline-zones")).hasCount(0); // the zones' list is not part of the page's load
        page.locator("#deadline-zone").focus();
        assertThat(page.locator("#deadline-zones option[value='Europe/Paris']")).hasCount(1);

        type(page, "#deadline-zone", "Europe/Paris");
        page.locator("#deadline-start-date").fill("2026-11-27");
        page.locator("#deadline-start-time").fill("17:30");
        Browser.settle(page);
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
        assertThat(page.locator("#credit-availability")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#credit-availability-error")).containsText("La disponibilité doit être comprise entre 0 et 100");
        assertThat(page.locator("#credit-result")).not().hasAttribute("data-percent", "10");

        type(page, "#credit-availability", "98,5");
        assertThat(page.locator("#credit-result")).hasAttribute("data-percent", "10");
        assertThat(page.locator("#credit-result")).hasAttribute("data-amount", "100.00");

        page.locator("#deadline-severity").selectOption("Normal");
        page.locator("#deadline-plan").selectOption("Team");
        type(page, "#deadline-zone", "America/New_Yor"); // not a zone yet: an error once the field is left
        assertThat(page.locator("#deadline-zone-error")).hasText(
                "Choisissez un fuseau horaire proposé par la liste, par exemple Europe/Paris.");
        type(page, "#deadline-zone", "America/New_York");
        assertThat(page.locator("#deadline-zone-error")).isHidden();
        // The date input's order of day, month and year is the browser's (its own language), not the page's.
        page.locator("#deadline-start-date").fill("2026-10-30");
        page.locator("#deadline-start-time").fill("17:30");
        Browser.settle(page);
        assertThat(page.locator("#deadline-result")).hasAttribute("data-deadline", "2026-11-02T22:30:00Z");

        Browser.screenshot(page, "sla-fr-390");
        assertThat(Browser.seriousViolations(page)).isEmpty();
        assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")).isEqualTo(true);
    }
}
