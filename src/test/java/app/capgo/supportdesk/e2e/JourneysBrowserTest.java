package app.capgo.supportdesk.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The six journeys of the README, from the home page to the verdict, counting every click: one tap
 * on a choice answers and moves on, so a journey costs one click per question asked.
 */
class JourneysBrowserTest extends StatusFeedBrowserTestSupport {


    /** Answers as {@code question:option index}, separated by spaces; the verdict's reason and the clicks it took. */
    @ParameterizedTest(name = "{0}: {3} clicks")
    @CsvSource(delimiter = '|', value = {
            "Team, production down | topic:1 plan:4 email:0 access:0 tier:0 impact:0 env:0 | in-scope | 8",
            "Solo, own app debugging | topic:3 | not-covered | 2",
            "billing without an account | topic:6 | billing-open-to-all | 2",
            "outage, status operational, Maker | topic:2 plan:3 email:0 access:0 impact:0 env:0 | in-scope | 7",
            "Premium Support | topic:8 | premium-eligible | 2",
            "service credit, Enterprise | topic:7 plan:5 | sla-claim-eligible | 3",
    })
    void each_journey_reaches_its_verdict_in_one_click_per_question(String journey, String answers, String reason,
                                                                    int clicks) {
        Page page = browser.newPage("en-GB", 360);
        page.navigate(url("/"));
        Browser.settle(page);
        int counted = 0;
        page.locator("#start").click();
        counted++;
        for (String answer : answers.split(" ")) {
            String[] parts = answer.split(":");
            Locator option = page.locator("#" + parts[0] + " vaadin-radio-button").nth(Integer.parseInt(parts[1]));
            assertThat(option).isVisible();
            option.click();
            counted++;
        }
        assertThat(page.locator("#support-outcome")).hasAttribute("data-reason", reason);
        assertThat(counted).as(journey).isEqualTo(clicks);
    }

    @org.junit.jupiter.api.Test
    void on_a_phone_the_channel_and_its_action_show_without_scrolling() {
        Page page = browser.newPage("en-GB", 360);
        page.setViewportSize(360, 740);
        page.navigate(url("/support?topic=troubleshooting&plan=team&email=registered&access=developer&tier=standard"
                + "&impact=all-down&env=production"));
        Browser.settle(page);
        Object bottom = page.evaluate("() => document.getElementById('channel-dashboard').getBoundingClientRect().bottom");
        assertThat(((Number) bottom).doubleValue()).isLessThanOrEqualTo(740);
    }
}
