package app.capgo.supportdesk.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a walk-through found hidden or broken, in Chromium on a phone-sized screen: each page opens
 * at the top with the focus on its heading, a question that appears scrolls into view, the answer's
 * card (with the deadline and the one button) shows without scrolling, a link's answers are the
 * only ones, billing without an account leads to the website's help, the progress bar agrees with
 * its label, and the favicon is there.
 */
class TrustBrowserTest extends BrowserTestSupport {

    private static final String TEAM_URGENT = "/support?topic=troubleshooting&plan=team&email=registered"
            + "&access=developer&tier=standard&impact=all-down&env=production&lang=en";

    private Page phone() {
        BrowserContext context = browser.newContext("en-GB", 360, 740, "Europe/Paris", ColorScheme.LIGHT);
        return context.newPage();
    }

    private static double number(Page page, String script) {
        return ((Number) page.evaluate(script)).doubleValue();
    }

    @Test
    void a_page_reached_from_a_scrolled_verdict_opens_at_the_top_with_the_focus_on_its_heading() {
        Page page = phone();
        page.navigate(url(TEAM_URGENT));
        Browser.settle(page);
        page.evaluate("() => window.scrollTo(0, document.body.scrollHeight)");
        assertThat(number(page, "() => window.scrollY")).isGreaterThan(500);
        page.locator("#menu-toggle").click();
        page.locator("#site-nav a[href$='sla']").click();
        assertThat(page).hasURL(Pattern.compile(".*/sla$"));
        Browser.settle(page);
        assertThat(number(page, "() => window.scrollY")).isZero();
        assertThat(page.evaluate("() => document.activeElement.tagName")).isEqualTo("H1");
        // The menu folded again, and says which page is open.
        assertThat(page.locator("#menu-toggle")).hasAttribute("aria-expanded", "false");
        assertThat(page.locator("#site-nav a[href$='sla']")).hasAttribute("aria-current", "page");
    }

    @Test
    void an_answer_opens_the_next_step_at_the_top_and_the_verdict_with_the_focus_on_its_title() {
        Page page = phone();
        page.navigate(url("/support?topic=troubleshooting&plan=team&email=registered&access=developer&tier=standard&lang=en"));
        Browser.settle(page);
        page.locator("#impact label.choice").nth(2).scrollIntoViewIfNeeded();
        page.locator("#impact label.choice").nth(2).click();
        assertThat(page.locator("#support-outcome")).hasAttribute("data-reason", "in-scope");
        Browser.settle(page);
        assertThat(number(page, "() => window.scrollY")).isZero();
        assertThat(page.evaluate("() => document.activeElement.closest('#outcome-card') !== null"
                + " && document.activeElement.tagName")).isEqualTo("H2");
    }

    @Test
    void the_skip_link_is_the_first_stop_of_the_keyboard_and_goes_to_the_content() {
        Page page = phone();
        page.navigate(url("/sla?lang=en"));
        Browser.settle(page);
        page.keyboard().press("Tab");
        assertThat(page.locator("#skip-link")).isFocused();
        assertThat(page.locator("#skip-link")).isInViewport();
        page.keyboard().press("Enter");
        assertThat(page.locator("#main-content")).isFocused();
    }

    @Test
    void a_question_that_appears_below_the_fold_scrolls_into_view_and_takes_the_focus() {
        Page page = phone();
        page.navigate(url("/support?topic=troubleshooting&lang=en"));
        Browser.settle(page);
        assertThat(page.locator("#addons")).isHidden();
        page.locator("#plan label.choice").nth(1).click(); // a free trial: were add-ons bought?
        assertThat(page.locator("#addons")).isVisible();
        assertThat(page.locator("#addons")).isInViewport();
        page.waitForFunction("() => document.activeElement && document.activeElement.closest('#addons') !== null");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {TEAM_URGENT,
            "/support?topic=setup&plan=enterprise&email=registered&access=developer&tier=priority-plus&impact=major&env=production&lang=en",
            "/support?topic=app-debugging&plan=solo&lang=en",
            "/support?topic=billing&lang=en",
            "/support?topic=premium&lang=en",
            "/support?topic=sla-credit&plan=enterprise&lang=en"})
    void on_a_360_by_740_screen_the_answer_card_and_its_button_show_without_scrolling(String link) {
        Page page = phone();
        page.navigate(url(link));
        Browser.settle(page);
        assertThat(page.locator("#outcome-card")).isVisible();
        assertThat(number(page, "() => document.getElementById('outcome-card').getBoundingClientRect().bottom"))
                .as("bottom of the answer card").isLessThanOrEqualTo(740);
        assertThat(page.locator("#outcome-card .outcome-primary")).hasCount(1);
        if (page.locator("#support-outcome[data-deadline]").count() > 0) {
            assertThat(page.locator("#outcome-card #outcome-deadline")).isVisible();
        }
    }

    @Test
    void the_first_response_deadline_is_in_the_answer_card() {
        Page page = phone();
        page.navigate(url(TEAM_URGENT));
        Browser.settle(page);
        assertThat(page.locator("#outcome-card #outcome-deadline")).containsText("(Paris time)");
        assertThat(page.locator("#outcome-card #outcome-deadline-relative")).hasText(Pattern.compile("in \\d+ h( \\d\\d)?"));
        assertThat(page.locator("#outcome-card .severity-badge")).hasText("Urgent");
    }

    @Test
    void a_link_opened_after_other_journeys_shows_only_its_own_answers_and_names_what_it_did_not_recognise() {
        BrowserContext context = browser.newContext("en-GB", 1280, 900, "Europe/Paris", ColorScheme.LIGHT);
        Page page = context.newPage();
        // An earlier journey in the same session: an outage, then a Team customer's contact step.
        page.navigate(url("/support?topic=outage&plan=team&email=registered&access=developer&lang=en"));
        Browser.settle(page);
        page.navigate(url("/support?topic=troubleshooting&plan=team&email=registered&access=developer&tier=standard&lang=en"));
        Browser.settle(page);

        page.navigate(url("/support?topic=zzz&lang=en"));
        Browser.settle(page);
        assertThat(page.locator("#topic label:has(input:checked)")).hasCount(0);
        assertThat(page.locator("#link-unrecognised")).containsText("“zzz” for “Your need”");
        page.locator("#topic label.choice").nth(1).click();
        assertThat(page).hasURL(Pattern.compile(".*topic=troubleshooting.*"));
        Browser.settle(page);
        assertThat(page.locator("#link-unrecognised")).hasCount(0);

        page.navigate(url("/support?topic=troubleshooting&plan=team&lang=en"));
        Browser.settle(page);
        assertThat(page.locator("#contact label:has(input:checked)")).hasCount(0);
        page.navigate(url("/support?topic=troubleshooting&plan=team&email=registered&access=developer&lang=en"));
        Browser.settle(page);
        assertThat(page.locator("#impact label:has(input:checked)")).hasCount(0);
    }

    @Test
    void the_recap_names_each_answer_and_goes_back_to_its_question() {
        Page page = browser.newPage("en-GB", 1280);
        page.navigate(url(TEAM_URGENT));
        Browser.settle(page);
        assertThat(page.locator("#recap")).containsText("Team");
        assertThat(page.locator("#recap")).containsText("Production");
        page.locator("#recap-plan").click();
        assertThat(page).hasURL(Pattern.compile(".*[?&]topic=troubleshooting.*"));
        assertThat(page).not().hasURL(Pattern.compile(".*[?&]plan=.*"));
        Browser.settle(page);
        // The plan step, its answer remembered as the choice already made.
        assertThat(page.locator("#plan label:has(input:checked)")).hasText(Pattern.compile("Team.*"));
    }

    @Test
    void billing_without_an_account_leads_to_the_websites_help() {
        Page page = phone();
        page.navigate(url("/support?topic=billing&plan=none&lang=en"));
        Browser.settle(page);
        assertThat(page.locator("#outcome-card .outcome-primary")).hasAttribute("href", "https://capgo.app");
        assertThat(page.locator("#channel-dashboard")).hasCount(0);
    }

    @Test
    void the_progress_bar_agrees_with_its_label_and_the_favicon_is_served() {
        Page page = browser.newPage("en-GB", 1280);
        List<String> failed = new ArrayList<>();
        page.onResponse(response -> {
            if (response.status() >= 400) {
                failed.add(response.status() + " " + response.url());
            }
        });
        page.navigate(url("/support?lang=en"));
        Browser.settle(page);
        assertThat(page.locator("#progress")).containsText("Step 1 of");
        assertThat(number(page, "() => document.querySelector('#progress progress').value")).isGreaterThan(0);
        String icon = (String) page.evaluate("() => document.querySelector('link[rel=icon]').href");
        assertThat(page.request().get(icon).status()).isEqualTo(200);
        page.navigate(url("/support?topic=troubleshooting&plan=team&email=registered&access=developer&tier=standard&lang=en"));
        Browser.settle(page);
        assertThat(number(page, "() => { const b = document.querySelector('#progress progress'); return b.value - b.max; }"))
                .as("the last step possible fills the bar").isZero();
        assertThat(failed).isEmpty();
    }

    @Test
    void the_credit_verdict_links_straight_to_the_credit_calculator_and_the_page_opens_at_it() {
        Page page = phone();
        page.navigate(url("/support?topic=sla-credit&plan=enterprise&lang=en"));
        Browser.settle(page);
        assertThat(page.locator("#outcome-sla-link")).hasAttribute("href", "sla#credit");
        page.locator("#outcome-sla-link").click();
        assertThat(page).hasURL(Pattern.compile(".*/sla#credit$"));
        Browser.settle(page);
        assertThat(page.locator("#credit")).isInViewport();
        // The calculators come first, how the page counts is its footnote.
        assertThat(number(page, "() => document.getElementById('credit').getBoundingClientRect().top"
                + " - document.getElementById('sla-how-we-count').getBoundingClientRect().top")).isNegative();
    }

    @Test
    void a_deadline_verdict_opens_the_deadline_calculator_prefilled_with_its_severity_column_and_zone() {
        Page page = browser.newPage("en-GB", 1280);
        page.navigate(url("/support?topic=setup&plan=enterprise&tier=standard&email=registered&access=developer"
                + "&impact=major&env=production&tz=America/New_York&lang=en"));
        Browser.settle(page);
        assertThat(page.locator("#outcome-sla-link")).hasAttribute("href",
                "sla?severity=high&sla=enterprise&tz=America%2FNew_York#deadline");
        page.locator("#outcome-sla-link").click();
        Browser.settle(page);
        assertThat(page.locator("#deadline")).isInViewport();
        assertThat(page.locator("#deadline-severity")).containsText("High");
        assertThat(page.locator("#deadline-plan")).containsText("Enterprise");
        assertThat(page.locator("#deadline-zone")).hasValue("America/New_York");
        // The browser's own date and time inputs (each shows them as the customer's device does);
        // the answer below spells the month out, so it reads the same whatever the device's format.
        assertThat(page.locator("#deadline-start-date")).hasAttribute("type", "date");
        assertThat(page.locator("#deadline-start-date")).hasValue(Pattern.compile("\\d{4}-\\d{2}-\\d{2}"));
        assertThat(page.locator("#deadline-start-time")).hasValue(Pattern.compile("\\d{2}:\\d{2}"));
        String[] ymd = page.locator("#deadline-start-date").inputValue().split("-");
        assertThat(page.locator("#deadline-result .result-headline")).containsText(
                java.time.Month.of(Integer.parseInt(ymd[1])).getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK));
    }

    @Test
    void the_legal_lists_of_sla_fold_below_the_calculators_in_native_details_the_browser_searches() {
        Page page = phone();
        page.navigate(url("/sla?lang=en"));
        Browser.settle(page);
        for (String list : List.of("sla-definitions", "sla-exclusions-general", "sla-exclusions-live-update")) {
            assertThat(page.locator("details.sla-folded:not([open]) > #" + list)).hasCount(1);
            assertThat(page.locator("#" + list)).isHidden();
        }
        page.locator("details.sla-folded > summary", new Page.LocatorOptions().setHasText("Definitions")).click();
        assertThat(page.locator("#sla-definitions")).isVisible();
        assertThat(number(page, "() => document.getElementById('credit').getBoundingClientRect().top"
                + " - document.querySelector('details.sla-folded').getBoundingClientRect().top")).isNegative();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/?lang=fr", "/support?topic=troubleshooting&lang=fr",
            "/support?topic=app-debugging&plan=solo&lang=fr", "/premium?plan=team&lang=fr", "/sla?lang=fr"})
    void no_text_is_cut_with_an_ellipsis_on_a_phone_in_french(String path) {
        Page page = phone();
        page.navigate(url(path));
        Browser.settle(page);
        Object cut = page.evaluate("() => { const found = []; const walk = root => root.querySelectorAll('*').forEach(e => {"
                + " const style = getComputedStyle(e);"
                + " if (style.display !== 'none' && e.getClientRects().length && e.textContent.trim() && ((style.textOverflow === 'ellipsis'"
                + " && e.scrollWidth > e.clientWidth + 1) || (style.webkitLineClamp !== 'none' && e.scrollHeight > e.clientHeight + 1)))"
                + " found.push((e.id || e.className || e.tagName) + ': ' + e.textContent.trim().substring(0, 60));"
                + " if (e.shadowRoot) walk(e.shadowRoot); }); walk(document); return found; }");
        assertThat((List<?>) cut).as("texts cut off").isEmpty();
    }
}
