package app.capgo.supportdesk.e2e;

import app.capgo.supportdesk.insights.InsightCounts;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flows driven in Chromium are counted as aggregates, once each, with how their page was opened,
 * and nothing about the person: no address, session, browser or text in the counts.
 */
class InsightsBrowserTest extends BrowserTestSupport {

    @Autowired
    InsightCounts insights;
    @Autowired
    JdbcClient jdbc;

    private Map<String, Long> counts() {
        insights.flush();
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("SELECT language, entry, measure, detail, SUM(n) AS n FROM insight_count"
                        + " GROUP BY language, entry, measure, detail")
                .query((rs, i) -> counts.put(String.join(" ", rs.getString("language"), rs.getString("entry"),
                        rs.getString("measure"), rs.getString("detail")).strip(), rs.getLong("n")))
                .list();
        return counts;
    }

    private static long delta(Map<String, Long> before, Map<String, Long> after, String key) {
        return after.getOrDefault(key, 0L) - before.getOrDefault(key, 0L);
    }

    @Test
    void three_flows_are_counted_once_each_with_their_entry_and_nothing_personal() {
        Map<String, Long> before = counts();

        // From the home page's card: in the app; billing ends on its verdict at once.
        Page home = openPage("en-GB", 1280, "/?lang=en");
        home.locator("#home-topic-billing").click();
        assertThat(home.locator("#support-outcome")).hasAttribute("data-reason", "billing-open-to-all");

        // A link from outside that stops on the plan step: the customer goes to the SLA page instead.
        Page left = openPage("en-GB", 1280, "/support?topic=setup&lang=en");
        assertThat(left.locator("#plan")).isVisible();
        left.locator("a[href='/sla'], a[href='sla']").first().click();
        assertThat(left).hasURL(java.util.regex.Pattern.compile(".*/sla.*"));
        Browser.settle(left);

        // A link to a verdict not covered: the customer copies the public draft, with a secret in it.
        Page community = openPage("en-GB", 360, "/support?topic=app-debugging&lang=en");
        community.locator("#draft-description").fill("My token is ghp_abcdefghijklmnopqrstuvwxyz0123456789");
        community.locator("#draft-description").press("Tab");
        Browser.settle(community);
        community.locator("#draft-copy-github").click();
        Browser.settle(community);

        Map<String, Long> after = counts();
        assertThat(delta(before, after, "en in-app flow-started")).as("flows from the home page").isEqualTo(1);
        assertThat(delta(before, after, "en link flow-started")).as("flows from links").isEqualTo(2);
        assertThat(delta(before, after, "en in-app verdict-shown official/billing-open-to-all")).isEqualTo(1);
        assertThat(delta(before, after, "en link step-reached plan")).isEqualTo(1);
        assertThat(delta(before, after, "en link flow-left plan")).as("left on the plan step").isEqualTo(1);
        assertThat(delta(before, after, "en link verdict-shown community/not-covered")).isEqualTo(1);
        assertThat(delta(before, after, "en link draft-used github-copied")).isEqualTo(1);
        assertThat(delta(before, after, "en link flow-left topic")).as("a verdict is not a flow left").isZero();

        String session = community.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID"))
                .map(c -> c.value).findFirst().orElseThrow();
        String agent = (String) community.evaluate("() => navigator.userAgent");
        List<String> cells = jdbc.sql("SELECT count_day, language, entry, measure, detail, n FROM insight_count")
                .query((rs, i) -> String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6))).list();
        assertThat(cells).isNotEmpty().noneMatch(cell -> cell.contains(session) || cell.contains("127.0.0.1")
                || cell.contains(agent) || cell.contains("ghp_") || cell.contains("token") || cell.contains("@"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE UPPER(TABLE_NAME) = 'INSIGHT_COUNT'")
                .query(Long.class).single()).as("the table's columns: day, language, entry, measure, detail, count")
                .isEqualTo(6);
    }
}
