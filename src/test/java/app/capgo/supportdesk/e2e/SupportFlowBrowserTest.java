package app.capgo.supportdesk.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class SupportFlowBrowserTest extends StatusFeedBrowserTestSupport {

    private static final java.util.regex.Pattern ANSWERED_CONTACT =
            java.util.regex.Pattern.compile(".*/support\\?(?=.*email=registered)(?=.*access=developer).*");

    private Page open(String locale, int width, String query) {
        return openPage(locale, width, "/support" + (query.isEmpty() ? "" : "?" + query));
    }

    private static void expectStep(Page page, String title) {
        assertThat(page.locator("h2").first()).hasText(title);
        Browser.settle(page);
    }

    private static void press(Page page, String... keys) {
        for (String key : keys) {
            page.keyboard().press(key);
        }
    }

    private static void focusOn(Page page, String groupId) {
        // The flow focuses the first question of each step; wait until it has.
        page.waitForFunction("id => document.activeElement && document.activeElement.closest('#' + id)", groupId);
    }

    @Test
    void the_whole_flow_works_with_the_keyboard_alone() {
        Page page = open("en-GB", 1280, "tz=Europe/Paris");
        List<String> violations = new ArrayList<>();

        expectStep(page, "What do you need?");
        violations.addAll(Browser.seriousViolations(page));
        Browser.screenshot(page, "flow-1-topic");
        focusOn(page, "topic");
        press(page, "ArrowDown"); // arrows move between options without moving on
        Browser.settle(page);
        assertThat(page.locator("h2").first()).hasText("What do you need?");
        press(page, "Enter");

        expectStep(page, "Which Capgo plan are you on?");
        violations.addAll(Browser.seriousViolations(page));
        Browser.screenshot(page, "flow-2-plan");
        focusOn(page, "plan");
        press(page, "ArrowDown", "ArrowDown", "ArrowDown", "ArrowDown", "Enter");

        expectStep(page, "Who is asking?");
        violations.addAll(Browser.seriousViolations(page));
        Browser.screenshot(page, "flow-3-contact");
        focusOn(page, "contact");
        press(page, "Space"); // Space answers: "yes, both" answers the email and the access questions

        // "Team" answered the tier too; "Down in production" answers the impact and the environment.
        expectStep(page, "How bad is it?");
        violations.addAll(Browser.seriousViolations(page));
        focusOn(page, "impact");
        Browser.screenshot(page, "flow-4-impact");
        press(page, "Space");

        Locator outcome = page.locator("#support-outcome");
        assertThat(outcome).hasAttribute("data-channel", "official");
        assertThat(outcome).hasAttribute("data-reason", "in-scope");
        assertThat(outcome).hasAttribute("data-severity", "urgent");
        assertThat(outcome).hasAttribute("data-sla", "team");
        Instant deadline = Instant.parse(outcome.getAttribute("data-deadline"));
        assertThat(deadline).isAfter(Instant.now().plusSeconds(23 * 3600));
        assertThat(page.url()).contains("topic=troubleshooting", "plan=team", "email=registered",
                "access=developer", "tier=standard", "impact=all-down", "env=production");
        Browser.settle(page);
        violations.addAll(Browser.seriousViolations(page));
        Browser.screenshot(page, "flow-5-verdict");

        assertThat(violations).isEmpty();
    }

    @Test
    void a_deep_link_opens_the_verdict_directly_and_browser_back_and_forward_walk_the_steps() {
        Page page = open("en-US", 1280, "topic=setup&plan=maker&tz=America/New_York");
        expectStep(page, "Who is asking?");
        page.locator("#contact label.choice").nth(1).click(); // "no, or not sure": asked one by one
        page.locator("#email label.choice").first().click();
        page.locator("#access label.choice").first().click(); // both answered: the step moves on
        expectStep(page, "How bad is it?");
        assertThat(page).hasURL(ANSWERED_CONTACT); // the answer is in the URL: a new history entry

        page.goBack();
        assertThat(page).not().hasURL(ANSWERED_CONTACT);
        expectStep(page, "Who is asking?");
        page.goForward();
        assertThat(page).hasURL(ANSWERED_CONTACT);
        expectStep(page, "How bad is it?");

        Page direct = open("en-US", 1280, "topic=sla-credit&plan=enterprise");
        assertThat(direct.locator("#support-outcome")).hasAttribute("data-channel", "sla-claim");
        assertThat(direct.locator("#channel-claim")).hasAttribute("href",
                java.util.regex.Pattern.compile("^mailto:support@capgo\\.app\\?subject=SLA%20service%20credit%20claim.*"));
    }

    @Test
    void without_a_tz_parameter_the_deadline_is_given_in_the_browsers_zone() {
        Page page = browser.newPage("en-US", 1280, "Asia/Tokyo");
        page.navigate(url("/support?topic=setup&plan=team&email=registered&access=developer&tier=standard&impact=component"));
        assertThat(page.locator("#outcome-deadline")).containsText("(Tokyo time)");
    }

    @Test
    void the_french_flow_at_phone_width_has_no_serious_accessibility_violation() {
        Page page = open("fr-FR", 360, "");
        expectStep(page, "De quoi avez-vous besoin ?");
        page.locator("#topic label.choice").nth(3).click();

        Locator outcome = page.locator("#support-outcome");
        assertThat(outcome).hasAttribute("data-reason", "not-covered");
        assertThat(page.locator("h2").first()).hasText("Demandez à la communauté");
        page.locator("#draft-description").fill("Mon app plante au démarrage");
        assertThat(page.locator("#draft-github")).hasAttribute("href",
                java.util.regex.Pattern.compile(".*Mon%20app%20plante%20au%20d%C3%A9marrage.*"));
        Browser.settle(page);
        Browser.screenshot(page, "flow-fr-360-verdict");
        assertThat(Browser.seriousViolations(page)).isEmpty();
        assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")).isEqualTo(true);
    }
}
