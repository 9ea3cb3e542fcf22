package app.capgo.supportdesk.e2e;

import app.capgo.supportdesk.wizard.StatusServer;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** What used to break or mislead a new customer, each seen in Chromium. */
class NoDeadEndsBrowserTest extends StatusFeedBrowserTestSupport {


    @Test
    void the_email_fallback_of_an_official_verdict_stays_on_the_verdict_and_goes_to_the_draft() {
        String path = "/support?topic=setup&plan=maker&email=registered&access=developer&impact=info";
        Page page = openPage("en-GB", 1280, path);
        String before = page.url();
        page.locator("#channel-email").click();
        Browser.settle(page);
        assertThat(page).hasURL(before);
        assertThat(page.locator("#support-outcome")).isVisible();
        page.waitForFunction("() => document.activeElement && document.activeElement.closest('#draft-description')");
    }

    @Test
    void an_outage_says_it_is_checking_the_status_page_then_warns_with_a_link_when_it_cannot_be_read() {
        STATUS.answer(new StatusServer.Answer.Hang());
        Page page = browser.newPage("en-GB", 1280);
        page.navigate(url("/support?topic=outage&plan=maker&email=registered&access=developer&impact=info"));
        assertThat(page.locator("#status-checking")).hasText("Checking status.capgo.app…");
        assertThat(page.locator("#support-outcome")).hasAttribute("data-reason", "in-scope");
        Locator note = page.locator("#outcome-status");
        assertThat(note).hasClass(Pattern.compile(".*warning-note.*"));
        assertThat(page.locator("#outcome-status-link")).hasAttribute("href", "https://status.capgo.app");
        assertThat(page.locator("#status-checking")).hasCount(0);
        STATUS.answer(StatusServer.indicator("none"));
    }

    @Test
    void an_unknown_address_is_a_real_not_found_page_in_the_users_language() {
        Page page = browser.newPage("fr-FR", 360);
        Response response = page.navigate(url("/nope"));
        assertThat(response.status()).isEqualTo(404);
        Browser.settle(page);
        assertThat(page.locator("h1")).hasText("Cette page n’existe pas");
        assertThat(page.locator("#not-found a")).hasCount(3);
        assertThat(page.locator("#login-form, vaadin-login-form")).hasCount(0);

        Response extra = page.navigate(url("/support/extra"));
        assertThat(extra.status()).isEqualTo(404);
        Browser.settle(page);
        page.locator("#not-found-support").click();
        assertThat(page).hasURL(Pattern.compile(".*/support$"));
    }

    @Test
    void the_lang_parameter_works_on_every_route_and_sets_the_html_lang() {
        for (String path : new String[]{"/", "/sla", "/premium", "/login", "/support"}) {
            Page page = openPage("en-GB", 1280, path + "?lang=fr");
            assertThat(page.locator("html")).hasAttribute("lang", "fr");
            assertThat(page.locator("h1").first()).not().hasText(Pattern.compile(".*(Get|Ask|SLA terms for|Staff sign-in).*"));
        }
        Page sla = openPage("en-GB", 1280, "/sla?lang=fr");
        assertThat(sla.locator("h1")).hasText("Conditions du SLA pour les clients Enterprise");
        sla.locator("#language").selectOption("English");
        Browser.settle(sla);
        assertThat(sla.locator("html")).hasAttribute("lang", "en");
    }

    @Test
    void progress_never_promises_a_fixed_count_and_billing_advice_works_without_an_account() {
        Page page = openPage("en-GB", 1280, "/support");
        assertThat(page.locator("#progress")).containsText(Pattern.compile("Step 1 of about \\d"));
        page.locator("#topic label.choice", new Page.LocatorOptions().setHasText("Billing or my account")).click();
        assertThat(page.locator("#support-outcome")).hasAttribute("data-reason", "billing-open-to-all");
        assertThat(page.locator("[data-kind=website]")).containsText("The help feature on capgo.app, open to everyone, with or without a Capgo account");
        assertThat(page.locator("#channel-website")).hasAttribute("href", "https://capgo.app");
        assertThat(page.locator("[data-kind=email]")).containsText("from your account’s address");
        assertThat(page.locator("[data-kind=email]")).not().containsText("where you want the answer");
    }

    @Test
    void the_credit_calculator_warns_about_an_unfinished_month_and_a_closed_claim_window() {
        Page page = openPage("en-US", 1280, "/sla");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        DateTimeFormatter month = DateTimeFormatter.ofPattern("LLLL yyyy", Locale.ENGLISH);
        choose(page, "#credit-month", month.format(today));
        assertThat(page.locator("#credit-month-note")).containsText("This month is not over yet");
        choose(page, "#credit-month", month.format(today.minusMonths(3)));
        assertThat(page.locator("#credit-month-note")).containsText("Too late to claim for this month: the window closed on");
    }

    @Test
    void the_deadline_calculator_drops_its_answer_when_the_date_is_cleared() {
        Page page = openPage("en-US", 1280, "/sla");
        assertThat(page.locator("#deadline-result")).hasAttribute("data-deadline", Pattern.compile(".+"));
        Locator date = page.locator("#deadline-start-date");
        date.fill("");
        date.press("Tab");
        Browser.settle(page);
        assertThat(page.locator("#deadline-result")).not().hasAttribute("data-deadline", Pattern.compile(".*"));
        assertThat(date).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#deadline-start-date-error")).hasText("Enter a complete date: day, month and year.");
        assertThat(page.locator("#deadline-result")).containsText("Fill in every field");
    }

    @Test
    void a_team_customer_asking_about_credits_reaches_a_page_about_enterprise() {
        Page page = openPage("en-GB", 1280, "/support?topic=sla-credit&plan=team");
        assertThat(page.locator("#support-outcome")).hasAttribute("data-reason", "sla-enterprise-only");
        page.locator("#channel-sales").click();
        Browser.settle(page);
        assertThat(page.locator("#inquiry-title")).hasText("Ask about Enterprise and its uptime SLA");
        assertThat(page.locator("#inquiry-offer")).isHidden();
    }

    private static void choose(Page page, String selector, String item) {
        page.locator(selector).selectOption(item);
        Browser.settle(page);
    }
}
