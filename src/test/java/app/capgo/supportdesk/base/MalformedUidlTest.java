package app.capgo.supportdesk.base;

import app.capgo.supportdesk.benchmark.VaadinClient;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A malformed UIDL message is the client's error, not the app's: it costs one WARN line without a
 * stack trace, never pages of ERROR (200 such requests once wrote 4 MB of log), and the app goes on
 * serving.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MalformedUidlTest {

    @LocalServerPort
    int port;

    @Test
    void malformed_messages_log_one_warn_line_each_without_a_stack() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        List<String> malformed = List.of(
                "[{\"type\":\"event\",\"node\":\"x\",\"event\":\"click\"}]",
                "[{\"type\":\"event\",\"node\":99999,\"event\":\"click\",\"data\":{}}]",
                "[{\"type\":\"mSync\",\"node\":1,\"feature\":1,\"property\":\"v\",\"value\":{}}]",
                "[{\"type\":\"publishedEventHandler\",\"node\":1,\"templateEventMethodName\":\"nope\",\"templateEventMethodArgs\":[]}]",
                "[{\"type\":\"unknown-kind\"}]",
                "{\"not\":\"an array\"}");
        try (VaadinClient client = new VaadinClient("http://127.0.0.1:" + port)) {
            client.open("topic=billing");
            for (String rpc : malformed) {
                client.raw(rpc);
            }
        } finally {
            root.detachAppender(log);
        }
        try (VaadinClient next = new VaadinClient("http://127.0.0.1:" + port)) {
            next.open("topic=billing");
            assertThat(next.step("topic=premium", "support-outcome")).as("the app serves the next customer").isPositive();
        }
        // What handling the requests logged (a background job of the app, such as the docs refresh, is not part of it).
        List<ILoggingEvent> events = log.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .filter(e -> e.getLoggerName().startsWith("com.vaadin") || e.getLoggerName().endsWith("ErrorHandling"))
                .toList();
        // Each malformed message costs at most one line (one Vaadin drops silently: an event for no node).
        assertThat(events).as("one WARN line per malformed message").hasSizeBetween(malformed.size() - 1, malformed.size())
                .allSatisfy(e -> {
                    assertThat(e.getLevel()).isEqualTo(Level.WARN);
                    assertThat(e.getThrowableProxy()).as("no stack trace").isNull();
                    assertThat(e.getFormattedMessage()).startsWith("Refused a malformed request from the browser");
                });
    }
}
