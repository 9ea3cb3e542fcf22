package app.capgo.supportdesk.e2e;

import app.capgo.supportdesk.wizard.StatusServer;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Browser tests whose app reads its status feed from a real loopback server that the test
 * controls, read afresh at each visit. One server for all such classes, so they share one app.
 */
abstract class StatusFeedBrowserTestSupport extends BrowserTestSupport {

    static final StatusServer STATUS = new StatusServer();

    @DynamicPropertySource
    static void statusFeed(DynamicPropertyRegistry registry) {
        STATUS.feed(registry);
    }

    /** Every test starts with an operational status page. */
    @BeforeEach
    void operational() {
        STATUS.answer(StatusServer.indicator("none"));
    }
}
