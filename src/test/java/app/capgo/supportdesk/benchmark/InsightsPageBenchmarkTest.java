package app.capgo.supportdesk.benchmark;

import app.capgo.supportdesk.insights.InsightPeriod;
import app.capgo.supportdesk.insights.InsightReports;
import app.capgo.supportdesk.insights.InsightSeed;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /insights} over 90 days of 10,000 flows a day (seeded as the desk counts them, with the
 * content gaps): the time to read the report, and to open the page with it (browserless: the
 * server's work for the navigation, its three statements and the components), median of 15 after
 * 5 warm-ups, on H2 (the default database), a click counted before each (so that no read is a cached result). Appends to {@code target/benchmark-insights.txt}.
 */
@Tag("benchmark")
@SpringBootTest
class InsightsPageBenchmarkTest extends SpringBrowserlessTest {

    private static final int DAYS = 90;
    private static final int FLOWS_PER_DAY = 10_000;
    private static final int ROUNDS = 15;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    InsightReports reports;
    @Autowired
    app.capgo.supportdesk.insights.InsightCounts counts;

    /** A click counted before each read: its flush changes the table, so no read is H2's cached result. */
    private void click() {
        counts.count(app.capgo.supportdesk.insights.Measure.FLOW_STARTED, "", Locale.ENGLISH,
                app.capgo.supportdesk.insights.Entry.DIRECT);
    }

    @Test
    @WithMockUser(username = "bench", roles = "SUPPORT")
    void the_page_over_90_days_of_10000_flows_a_day() throws Exception {
        jdbc.sql("DELETE FROM insight_count").update();
        jdbc.sql("DELETE FROM content_gap").update();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long seedStart = System.nanoTime();
        int rows = InsightSeed.seed(jdbc, today, DAYS, FLOWS_PER_DAY, 42);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        InsightPeriod ninety = InsightPeriod.last(DAYS, today, Optional.empty());
        UI.getCurrent().setLocale(Locale.ENGLISH);

        double read = median(() -> {
            click();
            return reports.read(ninety, InsightReports.MAX_GAPS_SHOWN).gaps().size();
        });
        double page = median(() -> {
            click();
            UI.getCurrent().navigate("");
            UI.getCurrent().navigate("insights");
            // The view opens on 30 days: 90 as the team would choose it.
            test(find(com.vaadin.flow.component.select.Select.class).id("insights-range"))
                    .selectItem("Last 90 days");
            return find(Span.class).id("insights-figure-flows").getText().length();
        });
        double open30 = median(() -> {
            click();
            UI.getCurrent().navigate("");
            UI.getCurrent().navigate("insights");
            return find(Span.class).id("insights-figure-flows").getText().length();
        });
        long flows = reports.read(ninety, 1).total(app.capgo.supportdesk.insights.Measure.FLOW_STARTED);
        String report = String.format(Locale.ROOT, "Insights page, %d days of %,d flows a day (%,d flows counted, %,d rows"
                        + " seeded in %.1f s), H2, browserless, median of %d after 5 warm-ups%nmachine: %d cores, Java %s%n"
                        + "report of 90 days read: %.1f ms; page opened (30 days): %.1f ms; opened and switched to 90 days"
                        + " (two reads and their components): %.1f ms%n",
                DAYS, FLOWS_PER_DAY, flows, rows, seedSeconds, ROUNDS, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), read, open30, page);
        Files.writeString(Path.of("target", "benchmark-insights.txt"), report);
        System.out.println(report);
        assertThat(flows).as("the seed counted its flows").isGreaterThan(DAYS * FLOWS_PER_DAY / 2L);
    }

    private static double median(Supplier<Integer> work) {
        for (int i = 0; i < 5; i++) {
            work.get();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            assertThat(work.get()).isPositive();
            times.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }
}
