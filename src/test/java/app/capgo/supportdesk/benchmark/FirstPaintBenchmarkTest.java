package app.capgo.supportdesk.benchmark;

import app.capgo.supportdesk.e2e.Browser;
import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a slow phone shows first, with and without the first paint ({@code support.first-paint}):
 * the production jar started twice, each page loaded in Debian's Chromium with the throttling
 * applied, not simulated (Lighthouse's Slow 4G as DevTools applies it: 562.5 ms round trip, 1.47 Mbit/s
 * down, 0.675 up; CPU 4x slower), a fresh context per load, the two jars alternated; the browser's own
 * first contentful paint and largest contentful paint, median of {@code benchmark.first-paint.runs}
 * (5). Writes {@code target/benchmark-first-paint.txt}.
 */
@Tag("benchmark")
class FirstPaintBenchmarkTest {

    private static final Path WORK = Path.of("target", "benchmark");
    private static final int RUNS = Integer.getInteger("benchmark.first-paint.runs", 5);
    private static final String OBSERVE = "window.__paints = {};"
            + "new PerformanceObserver(l => l.getEntries().forEach(e => window.__paints[e.name] = e.startTime))"
            + ".observe({type: 'paint', buffered: true});"
            + "new PerformanceObserver(l => l.getEntries().forEach(e => window.__paints.lcp = e.startTime))"
            + ".observe({type: 'largest-contentful-paint', buffered: true});";

    @Test
    void first_paint_on_a_slow_phone() throws Exception {
        Files.createDirectories(WORK);
        Map<String, List<double[]>> results = new LinkedHashMap<>();
        try (ProductionApp on = ProductionApp.start(WORK, "first-paint-on", List.of());
             ProductionApp off = ProductionApp.start(WORK, "first-paint-off", List.of("-Dsupport.first-paint=false"));
             Browser browser = new Browser()) {
            for (LighthouseBenchmarkTest.Target target : LighthouseBenchmarkTest.PAGES) {
                List<double[]> with = new ArrayList<>();
                List<double[]> without = new ArrayList<>();
                load(browser, off.url(target.path()), target.ready()); // warm-up of both servers and Chromium
                load(browser, on.url(target.path()), target.ready());
                for (int i = 0; i < RUNS; i++) {
                    without.add(load(browser, off.url(target.path()), target.ready()));
                    with.add(load(browser, on.url(target.path()), target.ready()));
                }
                results.put(target.name() + ", without", without);
                results.put(target.name() + ", with the first paint", with);
            }
        }
        StringBuilder table = new StringBuilder("Chromium with DevTools throttling (Slow 4G, CPU 4x), 412 x 823, median of "
                + RUNS + "; machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + "\n\n| page | first contentful paint | largest contentful paint |\n|---|---|---|\n");
        results.forEach((name, runs) -> table.append(String.format(Locale.ROOT, "| %s | %,.0f ms | %,.0f ms |%n",
                name, median(runs, 0), median(runs, 1))));
        Files.writeString(Path.of("target", "benchmark-first-paint.txt"), table);
        System.out.println(table);
        assertThat(results.values()).allSatisfy(runs -> assertThat(runs).hasSize(RUNS)
                .allSatisfy(r -> assertThat(r[1]).isGreaterThanOrEqualTo(r[0]).isPositive()));
    }

    /** One cold load: first contentful paint and the last largest-contentful-paint candidate, in ms. */
    private static double[] load(Browser browser, String url, String ready) {
        try (BrowserContext context = browser.newContext("en-GB", 412, 823, "Europe/Paris", ColorScheme.LIGHT)) {
            Page page = context.newPage();
            CDPSession cdp = context.newCDPSession(page);
            JsonObject cpu = new JsonObject();
            cpu.addProperty("rate", 4);
            cdp.send("Emulation.setCPUThrottlingRate", cpu);
            JsonObject network = new JsonObject();
            network.addProperty("offline", false);
            network.addProperty("latency", 562.5);
            network.addProperty("downloadThroughput", 1_474.56 * 1024 / 8);
            network.addProperty("uploadThroughput", 675.0 * 1024 / 8);
            cdp.send("Network.enable");
            cdp.send("Network.emulateNetworkConditions", network);
            page.addInitScript(OBSERVE);
            page.navigate(url);
            page.locator(ready).waitFor();
            page.waitForTimeout(1_000); // a later, larger candidate would still be reported
            Map<?, ?> paints = (Map<?, ?>) page.evaluate("() => window.__paints");
            return new double[] {((Number) paints.get("first-contentful-paint")).doubleValue(),
                    ((Number) paints.get("lcp")).doubleValue()};
        }
    }

    private static double median(List<double[]> runs, int index) {
        double[] values = runs.stream().mapToDouble(r -> r[index]).sorted().toArray();
        return values[values.length / 2];
    }
}
