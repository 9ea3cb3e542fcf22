package app.capgo.supportdesk.e2e;

import app.capgo.supportdesk.wizard.StatusServer;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public page and every kind of verdict has no serious or critical axe violation, in both
 * languages, both colour schemes and both widths (each language, scheme and width meets each of the
 * others once). The dark scheme, which follows the system setting, really is dark.
 */
class AccessibilityBrowserTest extends StatusFeedBrowserTestSupport {

    private static final String OFFICIAL = "/support?topic=troubleshooting&plan=team&email=registered&access=developer"
            + "&tier=standard&impact=all-down&env=production";

    /** The pages: the home page, two steps, the five verdict kinds, and the other routes. */
    private static final List<String> PAGES = List.of("/", "/support", "/support?topic=setup&plan=team", OFFICIAL,
            "/support?topic=app-debugging", "/support?topic=outage", "/support?topic=premium",
            "/support?topic=sla-credit&plan=enterprise", "/sla", "/premium", "/login", "/nope");

    /**
     * Each page is opened once per language and checked in two configurations, the scheme and width
     * switched in place (as a phone turned dark, or a window resized), instead of loaded afresh for each.
     */
    @ParameterizedTest(name = "{0}: {1} at {2} px, then {3} at {4} px")
    @CsvSource({"en-GB, LIGHT, 1280, DARK, 360", "fr-FR, DARK, 1280, LIGHT, 360"})
    void no_page_has_a_serious_accessibility_violation(String locale, ColorScheme scheme, int width,
                                                       ColorScheme otherScheme, int otherWidth) {
        List<String> violations = new ArrayList<>();
        Page page = browser.newPage(locale, width);
        for (String path : PAGES) {
            // The outage topic meets an ongoing incident: the status verdict.
            STATUS.answer(StatusServer.indicator(path.endsWith("outage") ? "major" : "none"));
            page.setViewportSize(width, 900);
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
            page.navigate(url(path));
            Browser.settle(page);
            violations.addAll(check(page, path, scheme, width));
            page.setViewportSize(otherWidth, 900);
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(otherScheme));
            Browser.settle(page);
            Browser.settleTransitions(page);
            violations.addAll(check(page, path, otherScheme, otherWidth));
        }
        assertThat(violations).isEmpty();
    }

    private static List<String> check(Page page, String path, ColorScheme scheme, int width) {
        assertThat(page.evaluate("() => window.innerWidth")).as("width at %s", path).isEqualTo(width);
        Object lightText = page.evaluate("() => getComputedStyle(document.body).color.match(/\\d+/g).slice(0, 3)"
                + ".map(Number).reduce((a, b) => a + b) > 382");
        assertThat(lightText).as("text colour for the %s scheme at %s", scheme, path)
                .isEqualTo(scheme == ColorScheme.DARK);
        return Browser.seriousViolations(page).stream().map(v -> path + " (" + scheme + ", " + width + " px): " + v)
                .toList();
    }
}
