package app.capgo.supportdesk.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class SalesBrowserTest extends BrowserTestSupport {

    private static final String PASSWORD = "a long sales passphrase";

    @DynamicPropertySource
    static void users(DynamicPropertyRegistry registry) {
        registry.add("support.sales.users", () -> "dana:{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD));
    }

    @Test
    void a_customer_inquiry_is_found_and_followed_up_by_a_signed_in_sales_user() {
        Page customer = browser.newPage("en-US", 1280);
        fillInquiry(customer, "team", "Linus Customer", "linus@example.com", "Penguin Mobile Unique",
                "Need priority answers");
        customer.locator("#inquiry-submit").click();
        assertThat(customer.locator("#inquiry-result")).hasAttribute("data-reference",
                java.util.regex.Pattern.compile("PS-.*"));
        String reference = customer.locator("#inquiry-result").getAttribute("data-reference");

        Page sales = browser.newPage("en-US", 1280);
        sales.navigate(url("/sales"));
        assertThat(sales).hasURL(java.util.regex.Pattern.compile(".*/login$"));
        sales.locator("input[name=username]").fill("dana");
        sales.locator("input[name=password]").fill("wrong password");
        sales.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
        assertThat(sales).hasURL(java.util.regex.Pattern.compile(".*/login\\?error$"));
        Browser.settle(sales);
        Browser.screenshot(sales, "sales-login-refused");

        sales.locator("input[name=username]").fill("dana");
        sales.locator("input[name=password]").fill(PASSWORD);
        sales.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
        assertThat(sales).hasURL(java.util.regex.Pattern.compile(".*/sales(\\?continue)?$")); // back where the login was asked
        Browser.settle(sales);
        assertThat(sales.locator("h1")).hasText("Premium-support inquiries");

        sales.locator("#sales-filter-text input").fill(reference);
        sales.locator("#sales-filter-text input").press("Enter");
        Browser.settle(sales);
        sales.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Linus Customer")).first().click();
        Browser.settle(sales);
        assertThat(sales.locator("#sales-details")).hasAttribute("data-reference", reference);
        sales.locator("#sales-status").click();
        sales.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Qualified")).click();
        Browser.settle(sales);
        assertThat(sales.locator("#sales-history")).containsText("dana · status set to Qualified");
        Browser.screenshot(sales, "sales-inbox");
        // At 1280 px the list shows reference, received, name, company, plan and status without a sideways scroll.
        Object overflow = sales.evaluate("() => { const g = document.getElementById('sales-grid');"
                + " const right = g.getBoundingClientRect().right;"
                + " const status = [...g.querySelectorAll('vaadin-grid-cell-content')].find(c => c.textContent.trim() === 'Status');"
                + " return status ? status.getBoundingClientRect().right - right : 9999; }");
        assertThat(((Number) overflow).doubleValue()).isLessThanOrEqualTo(0);
        assertThat(Browser.seriousViolations(sales)).isEmpty();

        sales.navigate(url("/outbox"));
        Browser.settle(sales);
        assertThat(sales.locator("#outbox-grid")).containsText(reference);
        Browser.screenshot(sales, "sales-outbox");
        assertThat(Browser.seriousViolations(sales)).isEmpty();
    }
}
