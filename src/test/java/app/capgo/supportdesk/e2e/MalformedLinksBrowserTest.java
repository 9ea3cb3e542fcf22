package app.capgo.supportdesk.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Malformed percent-escapes in a link are ignored like any unknown value, with no error logged. */
@ExtendWith(OutputCaptureExtension.class)
class MalformedLinksBrowserTest extends BrowserTestSupport {

    @Test
    void a_link_with_malformed_escapes_opens_the_flow_and_logs_no_error(CapturedOutput output) {
        for (String query : new String[]{"topic=%zz", "topic=%", "topic=%C0%AF", "topic=billing&plan=%zz"}) {
            Page page = browser.newPage("en-GB", 1280);
            page.navigate(url("/support?" + query));
            Browser.settle(page);
            assertThat(page).hasURL(Pattern.compile(".*/support(\\?topic=billing)?$"));
            assertThat(page.locator("h1")).hasText("Get support");
        }
        assertThat(output.getAll()).doesNotContain(" ERROR ");
    }
}
