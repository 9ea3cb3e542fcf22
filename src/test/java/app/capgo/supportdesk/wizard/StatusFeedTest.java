package app.capgo.supportdesk.wizard;

import app.capgo.supportdesk.policy.StatusReading;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class StatusFeedTest {

    private final StatusServer server = new StatusServer();
    private final MutableClock clock = new MutableClock();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private StatusFeed feed(Duration timeout) {
        return new StatusFeed(new StatusProperties(URI.create(server.url()), timeout, Duration.ofSeconds(60),
                Duration.ofSeconds(15), URI.create("https://status.capgo.app")), clock, meters);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @CsvSource({"none, NONE", "minor, MINOR", "major, MAJOR", "critical, CRITICAL", "maintenance, MAINTENANCE",
            "under_investigation, UNKNOWN"})
    void each_indicator_of_the_feed_is_read(String indicator, StatusReading expected) {
        server.answer(StatusServer.indicator(indicator));
        assertThat(feed(Duration.ofSeconds(2)).current().reading()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "{\"indicator\":\"up\",\"uptime\":\"99.98%\"}; NONE; 99.98",
            "{\"indicator\":\"down\",\"uptime\":\"97.5\"}; INCIDENT; 97.5",
            "{\"indicator\":\"degraded\",\"uptime\":99.1}; INCIDENT; 99.1",
            "{\"indicator\":\"operational\"}; NONE; ",
            "{\"indicator\":\"unknown\",\"uptime\":\"N/A\"}; UNKNOWN; ",
            "{\"indicator\":\"maintenance\",\"uptime\":\"250\"}; MAINTENANCE; "})
    void capgos_own_form_is_read_with_its_uptime_figure(String body, StatusReading expected, String uptime) {
        server.answer(new StatusServer.Answer.Json(body));
        StatusReport report = feed(Duration.ofSeconds(2)).current();
        assertThat(report.reading()).isEqualTo(expected);
        assertThat(report.uptime().map(java.math.BigDecimal::toPlainString)).isEqualTo(java.util.Optional.ofNullable(uptime));
    }

    @Test
    void the_nested_statuspage_form_still_reads() {
        server.answer(new StatusServer.Answer.Json("{\"status\":{\"indicator\":\"major\"}}"));
        assertThat(feed(Duration.ofSeconds(2)).current().reading()).isEqualTo(StatusReading.MAJOR);
    }

    @Test
    void an_indicator_never_seen_before_reads_as_unknown_and_is_logged_once_with_its_value() {
        Logger logger = (Logger) LoggerFactory.getLogger(StatusFeed.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        try {
            StatusFeed feed = new StatusFeed(new StatusProperties(URI.create(server.url()), Duration.ofSeconds(2),
                    Duration.ZERO, Duration.ZERO, URI.create("https://status.capgo.app")), clock, meters);
            server.answer(new StatusServer.Answer.Json("{\"indicator\":\"sideways\",\"uptime\":\"99%\"}"));
            for (int i = 0; i < 3; i++) {
                assertThat(feed.current().reading()).isEqualTo(StatusReading.UNKNOWN);
            }
            assertThat(server.requests()).as("the feed was read each time").isEqualTo(3);
            List<String> warnings = log.list.stream().filter(e -> e.getLevel() == Level.WARN)
                    .map(ILoggingEvent::getFormattedMessage).toList();
            assertThat(warnings).hasSize(1);
            assertThat(warnings.getFirst()).contains("'sideways'");
        } finally {
            logger.detachAppender(log);
        }
    }

    @Test
    void a_300_mb_body_is_not_read_beyond_the_cap_and_reads_as_unknown() {
        server.answer(new StatusServer.Answer.Huge(300L * 1024 * 1024));
        long before = usedHeap();
        StatusReading reading = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> feed(Duration.ofSeconds(2)).current().reading());
        assertThat(reading).isEqualTo(StatusReading.UNKNOWN);
        assertThat(usedHeap() - before).as("heap kept after the read").isLessThan(64L * 1024 * 1024);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(server.bytesSent()).as("the download was cut off").isLessThan(64L * 1024 * 1024));
    }

    @Test
    void an_endless_body_reads_as_unknown_within_the_timeout() {
        server.answer(new StatusServer.Answer.Endless());
        StatusReading reading = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> feed(Duration.ofSeconds(2)).current().reading());
        assertThat(reading).isEqualTo(StatusReading.UNKNOWN);
        long sent = server.bytesSent();
        assertThat(sent).as("stopped at the cap, not at the timeout").isLessThan(64L * 1024 * 1024);
    }

    private static long usedHeap() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    @Test
    void an_http_500_reads_as_unknown() {
        server.answer(new StatusServer.Answer.Status(500));
        assertThat(feed(Duration.ofSeconds(2)).current().reading()).isEqualTo(StatusReading.UNKNOWN);
    }

    @Test
    void invalid_json_reads_as_unknown() {
        server.answer(new StatusServer.Answer.Json("<html>Bad gateway</html>"));
        assertThat(feed(Duration.ofSeconds(2)).current().reading()).isEqualTo(StatusReading.UNKNOWN);
    }

    @Test
    void json_without_an_indicator_reads_as_unknown() {
        server.answer(new StatusServer.Answer.Json("{\"status\":{\"indicator\":42}}"));
        assertThat(feed(Duration.ofSeconds(2)).current().reading()).isEqualTo(StatusReading.UNKNOWN);
    }

    @Test
    void a_top_level_indicator_is_read_too() {
        server.answer(new StatusServer.Answer.Json("{\"indicator\":\"major\"}"));
        assertThat(feed(Duration.ofSeconds(2)).current().reading()).isEqualTo(StatusReading.MAJOR);
    }

    @Test
    void a_server_that_never_answers_reads_as_unknown_once_the_timeout_passes() {
        server.answer(new StatusServer.Answer.Hang());
        StatusFeed feed = feed(Duration.ofSeconds(2));
        StatusReading reading = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> feed.current().reading());
        assertThat(reading).isEqualTo(StatusReading.UNKNOWN);
    }

    @Test
    void a_crowd_arriving_together_costs_the_status_page_one_request() throws Exception {
        server.answer(new StatusServer.Answer.Hang());
        StatusFeed feed = feed(Duration.ofSeconds(1));
        java.util.List<java.util.concurrent.Future<StatusReading>> readings = new java.util.ArrayList<>();
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        try (var crowd = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 50; i++) {
                readings.add(crowd.submit(() -> {
                    go.await();
                    return feed.current().reading();
                }));
            }
            go.countDown();
            for (var reading : readings) {
                assertThat(reading.get()).isEqualTo(StatusReading.UNKNOWN);
            }
        }
        assertThat(server.requests()).as("requests to the status page").isEqualTo(1);
    }

    @Test
    void nothing_listening_reads_as_unknown() {
        StatusFeed feed = new StatusFeed(new StatusProperties(URI.create("http://127.0.0.1:9/status.json"),
                Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ofSeconds(15), URI.create("https://x")), clock, meters);
        assertThat(feed.current().reading()).isEqualTo(StatusReading.UNKNOWN);
    }

    @Test
    void a_reading_is_reused_for_a_minute_then_read_again() {
        StatusFeed feed = feed(Duration.ofSeconds(2));
        server.answer(StatusServer.indicator("minor"));
        assertThat(feed.current().reading()).isEqualTo(StatusReading.MINOR);
        server.answer(StatusServer.indicator("none"));
        clock.advance(Duration.ofSeconds(59));
        assertThat(feed.current().reading()).isEqualTo(StatusReading.MINOR);
        assertThat(server.requests()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(2));
        assertThat(feed.current().reading()).isEqualTo(StatusReading.NONE);
        assertThat(server.requests()).isEqualTo(2);
    }

    @Test
    void a_failed_read_is_retried_sooner() {
        StatusFeed feed = feed(Duration.ofSeconds(2));
        server.answer(new StatusServer.Answer.Status(503));
        assertThat(feed.current().reading()).isEqualTo(StatusReading.UNKNOWN);
        server.answer(StatusServer.indicator("critical"));
        clock.advance(Duration.ofSeconds(16));
        assertThat(feed.current().reading()).isEqualTo(StatusReading.CRITICAL);
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-27T16:30:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
