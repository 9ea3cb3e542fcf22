package app.capgo.supportdesk.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The dark scheme follows the system setting and stays readable: no serious axe violation. */
class DarkThemeBrowserTest extends BrowserTestSupport {

    @Test
    void the_main_pages_in_the_dark_scheme_have_no_serious_accessibility_violation() {
        List<String> violations = new ArrayList<>();
        for (String path : List.of("/", "/support", "/support?topic=troubleshooting&plan=team&email=registered"
                + "&access=developer&tier=standard&impact=all-down&env=production", "/support?topic=app-debugging",
                "/sla", "/premium")) {
            Page page = browser.newPage("fr-FR", 360);
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
            page.navigate(url(path));
            Browser.settle(page);
            Object light = page.evaluate("() => getComputedStyle(document.body).color.match(/\\d+/g).slice(0, 3)"
                    + ".map(Number).reduce((a, b) => a + b) > 382");
            assertThat(light).as("light text on a dark page at %s", path).isEqualTo(true);
            violations.addAll(Browser.seriousViolations(page).stream().map(v -> path + ": " + v).toList());
        }
        assertThat(violations).isEmpty();
    }
}
