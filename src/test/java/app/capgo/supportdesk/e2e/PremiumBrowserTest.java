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
        assertThat(page.locator("#inquiry-reference")).hasText(reference);
        page.context().grantPermissions(java.util.List.of("clipboard-read", "clipboard-write"));
        page.locator("#inquiry-copy-reference").click();
        page.waitForFunction("ref => navigator.clipboard.readText().then(t => t === ref)", reference);
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

    @Test
    void submitting_with_a_field_missing_takes_the_customer_to_it() {
        Page page = browser.newPage("en-GB", 360);
        fillInquiry(page, "team", "Ada", "ada@example.com", "", "We need help.");
        page.locator("#inquiry-submit").click();
        Browser.settle(page);
        assertThat(page.locator("#inquiry-company")).hasAttribute("invalid", "");
        page.waitForFunction("() => document.activeElement && document.activeElement.closest('#inquiry-company')");
        assertThat(page.locator("#inquiry-result")).not().hasAttribute("data-reference", java.util.regex.Pattern.compile(".*"));
    }

    @Test
    void an_official_verdict_copies_the_composed_email_for_the_dashboards_help_form() {
        Page page = browser.newPage("en-GB", 1280);
        page.context().grantPermissions(java.util.List.of("clipboard-read", "clipboard-write"));
        page.navigate(url("/support?topic=setup&plan=maker&email=registered&access=developer&impact=info"));
        Browser.settle(page);
        page.locator("#draft-description").fill("How do I roll back a bundle?");
        page.locator("#draft-description").press("Tab");
        Browser.settle(page);
        page.locator("#draft-copy-email").click();
        page.waitForFunction("() => navigator.clipboard.readText().then(t => t.includes('How do I roll back a bundle?'))");
        // The notice follows the browser's copy.
        assertThat(page.locator(".toast").first()).containsText("Copied.");
    }
}
