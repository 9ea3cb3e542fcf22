package app.capgo.supportdesk.e2e;

import app.capgo.supportdesk.wizard.StatusServer;
import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of verdict reached with the keyboard alone, from the home page: Tab to the topic's
 * card and Enter, then in each step the arrow keys to the answer and Space to take it.
 */
class KeyboardJourneysBrowserTest extends StatusFeedBrowserTestSupport {

    private static final int MAX_TABS = 40;

    /** Status indicator, topic card, then each step as {@code group:arrow-downs}; the verdict's channel. */
    @ParameterizedTest(name = "{0} ({1}, {2} px)")
    @CsvSource(delimiter = '|', value = {
            "official  | en-GB | 1280 | none  | troubleshooting | plan:4 contact:0 impact:0",
            "official  | fr-FR | 360  | none  | setup           | plan:2 contact:1 email:0 access:0 impact:3",
            "community | fr-FR | 360  | none  | troubleshooting | plan:4 contact:1 email:1 access:0",
            "community | en-GB | 1280 | none  | app-debugging   | ",
            "status    | en-GB | 360  | major | outage          | ",
            "sales     | fr-FR | 1280 | none  | sla-credit      | plan:3",
            "sla-claim | en-GB | 360  | none  | sla-credit      | plan:5",
    })
    void each_verdict_kind_is_reached_with_the_keyboard_alone(String channel, String locale, int width,
                                                             String indicator, String topic, String steps) {
        STATUS.answer(StatusServer.indicator(indicator));
        Page page = browser.newPage(locale, width);
        page.navigate(url("/"));
        Browser.settle(page);
        String card = "home-topic-" + topic;
        for (int tabs = 0; tabs < MAX_TABS && !card.equals(activeId(page)); tabs++) {
            page.keyboard().press("Tab");
        }
        assertThat(activeId(page)).as("Tab reaches the topic card").isEqualTo(card);
        page.keyboard().press("Enter");

        for (String step : steps == null ? new String[0] : steps.split(" ")) {
            String[] parts = step.split(":");
            // The flow moves the focus into each new step, and to a follow-up question once Space chose.
            page.locator("#" + parts[0]).waitFor();
            page.waitForFunction("id => document.activeElement && document.activeElement.closest('#' + id)", parts[0]);
            for (int i = 0; i < Integer.parseInt(parts[1]); i++) {
                page.keyboard().press("ArrowDown");
            }
            page.keyboard().press("Space");
        }
        assertThat(page.locator("#support-outcome")).hasAttribute("data-channel", channel);
        Browser.settle(page);
        assertThat(Browser.seriousViolations(page)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void the_premium_support_card_opens_its_form_with_the_keyboard_alone() {
        Page page = browser.newPage("fr-FR", 360);
        page.navigate(url("/"));
        Browser.settle(page);
        for (int tabs = 0; tabs < MAX_TABS && !"home-topic-premium".equals(activeId(page)); tabs++) {
            page.keyboard().press("Tab");
        }
        page.keyboard().press("Enter");
        assertThat(page.locator("#inquiry-submit")).isVisible();
        String inName = "() => document.activeElement !== null && document.activeElement.closest('#inquiry-name') !== null";
        for (int tabs = 0; tabs < MAX_TABS && !Boolean.TRUE.equals(page.evaluate(inName)); tabs++) {
            page.keyboard().press("Tab");
        }
        assertThat(page.evaluate(inName)).as("Tab reaches the form's first field").isEqualTo(true);
    }

    private static String activeId(Page page) {
        return (String) page.evaluate("() => document.activeElement ? document.activeElement.id : ''");
    }
}
