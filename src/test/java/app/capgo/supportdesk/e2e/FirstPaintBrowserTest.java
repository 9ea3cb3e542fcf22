package app.capgo.supportdesk.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium: the header and opening a page's HTML brings show before Vaadin's client is live
 * (held here by holding its first request), in the same places the live page then draws them,
 * and the live page replaces them: nothing shows twice.
 */
class FirstPaintBrowserTest extends BrowserTestSupport {

    /** Where the parts a customer reads first stand (x, y, width, height; "-" for a part the page has not). */
    private static final String PLACES = "() => ['.site-header', 'main h1', 'main h1 + p', '.step-progress', '.recap',"
            + " 'main h2', '.outcome-card p']"
            + ".map(s => document.querySelector(s)).map(e => e ? e.getBoundingClientRect() : null)"
            + ".map(r => r ? [r.x, r.y, r.width, r.height].map(Math.round).join(',') : '-')";
    private static final String VERDICT = "/support?topic=troubleshooting&plan=team&tier=standard&email=registered"
            + "&access=developer&impact=all-down&env=production";

    @ParameterizedTest
    @CsvSource({"/, en-GB, 360", "/, fr-FR, 1280", "/sla, fr-FR, 360", "/sla, en-GB, 1280",
            "/support?topic=troubleshooting, fr-FR, 360", "/support?topic=troubleshooting, en-GB, 1280",
            "VERDICT, en-GB, 360", "VERDICT, fr-FR, 1280"})
    void the_first_paint_stands_where_the_live_page_draws_it_and_then_gives_way(String link, String locale, int width) {
        String path = link.equals("VERDICT") ? VERDICT : link;
        Page page = browser.newPage(locale, width);
        AtomicReference<Route> held = new AtomicReference<>();
        page.route(url -> url.contains("v-r=init"), held::set);
        page.navigate(url(path), new Page.NavigateOptions().setWaitUntil(com.microsoft.playwright.options.WaitUntilState.LOAD));
        assertThat(page.locator(".first-paint main h1")).isVisible();
        @SuppressWarnings("unchecked")
        List<String> painted = (List<String>) page.evaluate(PLACES);
        assertThat(painted.get(2).equals("-") && painted.get(5).equals("-")).as("a first paragraph or question painted: %s", painted).isFalse();
        Browser.screenshot(page, "first-paint-" + link.replaceAll("[^a-zA-Z]+", "-") + "-" + locale + "-" + width);

        page.unroute(url -> url.contains("v-r=init"));
        assertThat(held.get()).as("Vaadin's first request, held").isNotNull();
        held.get().resume();
        assertThat(page.locator("#main-content h1")).isVisible();

        assertThat(page.locator(".first-paint")).hasCount(0);
        assertThat(page.locator("h1")).hasCount(1);
        assertThat(page.locator("header")).hasCount(1);
        @SuppressWarnings("unchecked")
        List<String> live = (List<String>) page.evaluate(PLACES);
        for (int i = 0; i < painted.size(); i++) {
            if (!painted.get(i).equals("-")) { // the live page goes on below the paint
                assertThat(live.get(i)).as("where the live page draws part %d of %s", i, painted).isEqualTo(painted.get(i));
            }
        }
    }
}
