package app.capgo.supportdesk.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Screenshots to look at before calling a screen done: the customer pages at 1280 and 360 px, in
 * English and French, light and dark, each as the first screen shows it and as a whole page, into
 * {@code target/look/}. Run with {@code ./mvnw -B verify -Plook}; excluded from the normal run.
 */
@Tag("look")
class LookBrowserTest extends BrowserTestSupport {

    private static final Path LOOK = Path.of("target", "look");
    private static final Map<String, String> PAGES = Map.ofEntries(
            Map.entry("home", "/"),
            Map.entry("step-topic", "/support"),
            Map.entry("step-plan", "/support?topic=troubleshooting"),
            Map.entry("step-impact", "/support?topic=troubleshooting&plan=team&email=registered&access=developer&tier=standard"),
            Map.entry("verdict-official", "/support?topic=troubleshooting&plan=team&email=registered&access=developer"
                    + "&tier=standard&impact=all-down&env=production"),
            Map.entry("verdict-community", "/support?topic=app-debugging&plan=solo"),
            Map.entry("verdict-billing", "/support?topic=billing&plan=none"),
            Map.entry("verdict-credit", "/support?topic=sla-credit&plan=enterprise"),
            Map.entry("sla", "/sla"),
            Map.entry("premium", "/premium?plan=team"));

    @ParameterizedTest(name = "{0} {1} px {2}")
    @CsvSource({"en-GB,1280,light", "en-GB,360,light", "fr-FR,1280,light", "fr-FR,360,light",
            "en-GB,1280,dark", "en-GB,360,dark", "fr-FR,1280,dark", "fr-FR,360,dark"})
    void the_customer_pages(String locale, int width, String scheme) {
        // -Dlook.only=home,sla and -Dlook.width=360 narrow it down while working on a screen.
        String only = System.getProperty("look.only", "");
        String onlyWidth = System.getProperty("look.width", "");
        Assumptions.assumeTrue(onlyWidth.isEmpty() || onlyWidth.equals(String.valueOf(width)));
        BrowserContext context = browser.newContext(locale, width, 740, "Europe/Paris",
                "dark".equals(scheme) ? ColorScheme.DARK : ColorScheme.LIGHT);
        PAGES.forEach((name, path) -> {
            if (!only.isEmpty() && !java.util.List.of(only.split(",")).contains(name)) {
                return;
            }
            Page page = context.newPage();
            page.navigate(url(path));
            Browser.settle(page);
            page.waitForTimeout(400); // the loading bar fades out
            String file = name + "-" + locale.substring(0, 2) + "-" + width + "-" + scheme;
            page.screenshot(new Page.ScreenshotOptions().setPath(LOOK.resolve(file + "-top.png")));
            Browser.fullPage(page, LOOK.resolve(file + ".png"));
            page.close();
        });
        context.close();
        assertThat(LOOK).isDirectory();
    }
}
