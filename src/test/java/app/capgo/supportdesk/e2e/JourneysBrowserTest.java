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


    /**
     * The topic card chosen on the home page, then the answers as {@code question:option index}
     * separated by spaces; the verdict's reason and the clicks it took.
     */
    @ParameterizedTest(name = "{0}: {4} clicks")
    @CsvSource(delimiter = '|', value = {
            "Team, production down | troubleshooting | plan:4 contact:0 impact:0 | in-scope | 4",
            "Solo, own app debugging | app-debugging | | not-covered | 1",
            "billing without an account | billing | | billing-open-to-all | 1",
            "outage, status operational, Maker | outage | plan:3 contact:0 impact:0 | in-scope | 4",
            "Premium Support: its form at once | premium | | form | 1",
            "service credit, Enterprise | sla-credit | plan:5 | sla-claim-eligible | 2",
    })
    void each_journey_reaches_its_verdict_in_one_click_per_question(String journey, String topic, String answers,
                                                                    String reason, int clicks) {
        Page page = browser.newPage("en-GB", 360);
        page.navigate(url("/"));
        Browser.settle(page);
        int counted = 0;
        page.locator("#home-topic-" + topic).click();
        counted++;
        for (String answer : answers == null ? new String[0] : answers.split(" ")) {
            String[] parts = answer.split(":");
            Locator option = page.locator("#" + parts[0] + " label.choice").nth(Integer.parseInt(parts[1]));
            assertThat(option).isVisible();
            option.click();
            counted++;
        }
        if (reason.equals("form")) {
            // Premium Support is open to anyone: no verdict page with one button on the way.
            assertThat(page.locator("#inquiry-submit")).isVisible();
        } else {
            assertThat(page.locator("#support-outcome")).hasAttribute("data-reason", reason);
        }
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
