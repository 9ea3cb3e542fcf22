package app.capgo.supportdesk.e2e;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.Arrays;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PremiumBrowserTest extends BrowserTestSupport {

    @Autowired
    private GreenMail smtp;

    @Test
    void a_customer_submits_the_form_in_chromium_and_both_emails_arrive() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        Page page = browser.newPage("en-US", 1280);
        fillInquiry(page, "enterprise", "Grace Hopper", "grace@example.com", "Navy Apps",
                "We ship 12 apps and need a 1-hour answer, 24/7.");
        Browser.settle(page);
        Browser.screenshot(page, "premium-form");
        assertThat(Browser.seriousViolations(page)).isEmpty();
        page.locator("#inquiry-submit").click();

        assertThat(page.locator("#inquiry-result")).hasAttribute("data-reference",
                java.util.regex.Pattern.compile("PS-\\d{4}-\\d{6}"));
        String reference = page.locator("#inquiry-result").getAttribute("data-reference");
        Browser.screenshot(page, "premium-submitted");
        await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getSubject().contains(reference);
                    } catch (Exception e) {
                        return false;
                    }
                }).count() == 2);
    }
}
