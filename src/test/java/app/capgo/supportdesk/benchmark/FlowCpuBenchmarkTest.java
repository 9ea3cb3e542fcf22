package app.capgo.supportdesk.benchmark;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Server CPU per complete flow, in-process: the whole flow of a Team customer with production down
 * (topic, plan with its tier, contact, impact with production, verdict) driven browserless, the CPU time of the driving
 * thread measured per flow ({@code ThreadMXBean}); no HTTP, no GC or JIT threads counted. Appends
 * to {@code target/benchmark-flow-cpu.txt}.
 */
@Tag("benchmark")
@SpringBootTest
class FlowCpuBenchmarkTest extends SpringBrowserlessTest {

    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 5);
    private static final int FLOWS = 200;
    private static final String[] STEPS = {
            "topic=troubleshooting",
            "topic=troubleshooting&plan=team&tier=standard",
            "topic=troubleshooting&plan=team&tier=standard&email=registered&access=developer",
            "topic=troubleshooting&plan=team&email=registered&access=developer&tier=standard&impact=all-down&env=production",
    };

    @Test
    void cpu_per_complete_flow() throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        for (int i = 0; i < 500; i++) {
            flow(); // warm-up: the JIT compiles the hot paths
        }
        List<Double> perFlow = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < FLOWS; i++) {
                flow();
            }
            perFlow.add((threads.getCurrentThreadCpuTime() - start) / 1e6 / FLOWS);
        }
        Collections.sort(perFlow);
        String report = String.format(Locale.ROOT, "Server CPU per complete flow, in-process (browserless, driving thread),"
                        + " %d rounds of %d flows after 500 warm-up flows%nmachine: %d cores, Java %s%n"
                        + "median %.2f ms per flow (rounds %s)%n", ROUNDS, FLOWS, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), perFlow.get(perFlow.size() / 2),
                perFlow.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).toList());
        Files.writeString(Path.of("target", "benchmark-flow-cpu.txt"), report);
        System.out.println(report);
        assertThat(perFlow).allSatisfy(v -> assertThat(v).isPositive());
    }

    private void flow() {
        for (String step : STEPS) {
            UI.getCurrent().navigate("support", QueryParameters.fromString(step));
            roundTrip(); // as the browser's answer would: the response is written, pending work flushed
        }
        if (find(Div.class).withId("support-outcome").all().isEmpty()) {
            throw new IllegalStateException("the flow did not reach its verdict");
        }
    }
}
