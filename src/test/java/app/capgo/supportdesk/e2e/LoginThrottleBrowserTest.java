package app.capgo.supportdesk.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The real login form, through Spring Security: repeated failures pause sign-in, even with the right password. */
class LoginThrottleBrowserTest extends BrowserTestSupport {

    private static final String PASSWORD = "the right passphrase";

    @DynamicPropertySource
    static void users(DynamicPropertyRegistry registry) {
        registry.add("support.sales.users", () -> "erin:{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD));
        registry.add("support.sales.max-failed-logins", () -> "3");
    }

    private void signIn(Page page, String password) {
        page.navigate(url("/login"));
        Browser.settle(page);
        page.locator("input[name=username]").fill("erin");
        page.locator("input[name=password]").fill(password);
        page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
    }

    @Test
    void after_three_failures_even_the_right_password_is_refused_for_a_while() {
        Page page = browser.newPage("fr-FR", 1280);
        page.navigate(url("/login"));
        Browser.settle(page);
        Browser.screenshot(page, "login-fr");
        org.assertj.core.api.Assertions.assertThat(Browser.seriousViolations(page)).isEmpty();
        for (int i = 0; i < 3; i++) {
            signIn(page, "wrong " + i);
            assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
            // A wrong password keeps the user name typed, and the password is to be typed again.
            assertThat(page.locator("input[name=username]")).hasValue("erin");
            assertThat(page.locator("input[name=password]")).hasValue("");
            page.waitForFunction("() => document.activeElement && document.activeElement.closest('vaadin-password-field') !== null");
        }
        assertThat(page.locator("vaadin-login-form")).containsText("Connexion refusée");
        signIn(page, PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        page.navigate(url("/sales"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }
}
