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

    /** Where the parts a customer reads first stand: header, title, first paragraph (x, y, width, height). */
    private static final String PLACES = "() => ['.site-header', 'main h1', 'main h1 ~ p, main h2']"
            + ".map(s => document.querySelector(s).getBoundingClientRect())"
            + ".map(r => [r.x, r.y, r.width, r.height].map(Math.round).join(','))";

    @ParameterizedTest
    @CsvSource({"/, en-GB, 360", "/, fr-FR, 1280", "/sla, fr-FR, 360", "/sla, en-GB, 1280"})
    void the_first_paint_stands_where_the_live_page_draws_it_and_then_gives_way(String path, String locale, int width) {
        Page page = browser.newPage(locale, width);
        AtomicReference<Route> held = new AtomicReference<>();
        page.route(url -> url.contains("v-r=init"), held::set);
        page.navigate(url(path), new Page.NavigateOptions().setWaitUntil(com.microsoft.playwright.options.WaitUntilState.LOAD));
        assertThat(page.locator(".first-paint main h1")).isVisible();
        @SuppressWarnings("unchecked")
        List<String> painted = (List<String>) page.evaluate(PLACES);
        Browser.screenshot(page, "first-paint-" + path.replace("/", "") + "-" + locale + "-" + width);

        page.unroute(url -> url.contains("v-r=init"));
        assertThat(held.get()).as("Vaadin's first request, held").isNotNull();
        held.get().resume();
        assertThat(page.locator("#main-content h1")).isVisible();

        assertThat(page.locator(".first-paint")).hasCount(0);
        assertThat(page.locator("h1")).hasCount(1);
        assertThat(page.locator("header")).hasCount(1);
        assertThat(page.evaluate(PLACES)).as("the live page's places").isEqualTo(painted);
    }
}
