package app.capgo.supportdesk.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The app on a random port, in production mode (as customers meet it; Vaadin's pre-compiled
 * production bundle, unpacked by the build into the test classes), and one Chromium per test class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
abstract class BrowserTestSupport {

    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    /** A test's pages close after it: their cleared contexts serve the next test. */
    @AfterEach
    void closePages() {
        browser.closePages();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    /** Opens the premium-support form for {@code plan} and fills it in as a customer would. */
    void fillInquiry(Page page, String plan, String name, String email, String company, String message) {
        page.navigate(url("/premium?plan=" + plan + "&lang=en"));
        Browser.settle(page);
        page.locator("#inquiry-name input").fill(name);
        page.locator("#inquiry-email input").fill(email);
        page.locator("#inquiry-company input").fill(company);
        page.locator("#inquiry-message textarea").fill(message);
    }

    /** A new page in {@code locale} at {@code width} px, opened at {@code path} and settled. */
    Page openPage(String locale, int width, String path) {
        Page page = browser.newPage(locale, width);
        page.navigate(url(path));
        Browser.settle(page);
        return page;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
