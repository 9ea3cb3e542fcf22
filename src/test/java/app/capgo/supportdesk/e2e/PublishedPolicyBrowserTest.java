package app.capgo.supportdesk.e2e;

import app.capgo.supportdesk.wizard.StatusServer;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The rules as Capgo publishes them in 2026, seen in Chromium: uptime, tiers, outages, Premium Support. */
class PublishedPolicyBrowserTest extends StatusFeedBrowserTestSupport {


    @Test
    void the_sla_page_states_the_99_9_percent_commitment_in_both_languages_and_names_its_source() {
        Page page = openPage("en-GB", 1280, "/sla");
        assertThat(page.locator("#sla-commitment")).containsText("at least 99.9 %");
        assertThat(page.locator("#sla-commitment")).containsText("you may claim a service credit");
        assertThat(page.locator("#sla-targets thead")).containsText("Enterprise");
        assertThat(page.locator("#sla-how-we-count li")).hasCount(app.capgo.supportdesk.policy.Reading.values().length);
        assertThat(page.locator("#sla-how-we-count a").first()).hasAttribute("href", "https://capgo.app/support-policy");
        Browser.screenshot(page, "policy-sla-en-1280");

        Page french = openPage("fr-FR", 360, "/sla");
        assertThat(french.locator("#sla-commitment")).containsText("au moins 99,9 %");
        assertThat(french.locator("#sla-how-we-count h3")).hasText("Notre façon de compter");
    }

    @Test
    void a_team_plan_with_priority_plus_gets_the_priority_plus_column() {
        Page page = openPage("en-GB", 1280, "/support?topic=setup&plan=team&email=registered&access=developer&tz=Europe/Paris");
        // The impact first: the tier is asked because it changes a Team plan's target.
        assertThat(page.locator("h2").first()).hasText("How bad is it?");
        page.locator("#impact label.choice").nth(4).click(); // one tap answers and moves on
        Browser.settle(page);
        assertThat(page.locator("h2").first()).hasText("Which support tier do you have?");
        page.locator("#tier label.choice").nth(1).click();

        Locator outcome = page.locator("#support-outcome");
        assertThat(outcome).hasAttribute("data-sla", "priority-plus");
        assertThat(outcome).hasAttribute("data-severity", "low");
        assertThat(page.locator("#outcome-target")).containsText("24 hours, 24/7/365");
        assertThat(page.locator("#outcome-target ~ .reading-note[data-reading=priority_plus_on_top_of_plan]")).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*tier=priority-plus.*"));
        Browser.settle(page);
        Browser.screenshot(page, "policy-team-priority-plus-1280");
    }

    @Test
    void an_outage_verdict_names_billing_and_plan_limits_whatever_the_status_page_says() {
        STATUS.answer(StatusServer.indicator("major"));
        Page incident = openPage("en-GB", 1280, "/support?topic=outage");
        assertThat(incident.locator("#support-outcome")).hasAttribute("data-channel", "status");
        assertThat(incident.locator("#outcome-self-checks li[data-check]")).hasCount(2);
        assertThat(incident.locator("#outcome-self-checks li[data-check=billing_stopped]")).containsText("billing");
        assertThat(incident.locator("#outcome-self-checks li[data-check=plan_limit_exceeded]")).containsText("plan");
        assertThat(incident.locator("#outcome-self-checks")).containsText("3 seconds");
        assertThat(incident.locator("#outcome-checks-dashboard")).hasAttribute("href", "https://console.capgo.app");

        STATUS.answer(StatusServer.indicator("none"));
        Page operational = openPage("fr-FR", 360, "/support?topic=outage&plan=maker&email=registered&access=developer"
                + "&impact=all-down&env=production");
        assertThat(operational.locator("#support-outcome")).hasAttribute("data-severity", "urgent");
        assertThat(operational.locator("#outcome-self-checks li[data-check]")).hasCount(2);
        Browser.settle(operational);
        Browser.screenshot(operational, "policy-outage-fr-360");
    }

    @Test
    void a_not_covered_verdict_names_premium_support_and_its_link_carries_the_topic() {
        Page page = openPage("en-GB", 1280, "/support?topic=app-debugging&plan=solo");
        assertThat(page.locator("#support-outcome")).hasAttribute("data-reason", "not-covered");
        assertThat(page.locator("#channel-github")).isVisible();
        Locator premium = page.locator("#channel-premium");
        assertThat(premium).hasAttribute("href", "premium?plan=solo&topic=app-debugging&lang=en");
        premium.click();
        assertThat(page).hasURL(Pattern.compile(".*/premium\\?plan=solo&topic=app-debugging&lang=en"));
        Browser.settle(page);
        assertThat(page.locator("#inquiry-message textarea")).hasValue(Pattern.compile("^About: Debugging my own app\\s*"));
        assertThat(page.locator("#inquiry-offer")).containsText("€1,000 per month");
    }

    @Test
    void premium_support_ends_on_the_sales_channel_for_a_maker_and_for_no_account_at_all() {
        for (String plan : new String[]{"maker", "none"}) {
            Page page = openPage("en-GB", 1280, "/support?topic=premium&plan=" + plan);
            Locator outcome = page.locator("#support-outcome");
            assertThat(outcome).hasAttribute("data-channel", "sales");
            assertThat(outcome).hasAttribute("data-reason", "premium-eligible");
            assertThat(page.locator("#outcome-reason")).containsText("Capgo customer or not");
        }
        Page asked = openPage("en-GB", 1280, "/support?topic=premium");
        assertThat(asked.locator("#support-outcome")).hasAttribute("data-reason", "premium-eligible");
        asked.locator("#channel-sales").click();
        Browser.settle(asked);
        asked.locator("#inquiry-plan vaadin-radio-button", new Page.LocatorOptions().setHasText("Not a Capgo customer")).click();
        assertThat(asked.locator("#inquiry-plan vaadin-radio-button[checked]")).hasText("Not a Capgo customer");
    }
}
