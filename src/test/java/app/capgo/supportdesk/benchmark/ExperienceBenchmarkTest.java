package app.capgo.supportdesk.benchmark;

import app.capgo.supportdesk.e2e.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a customer waits for, measured from outside on the production jar (loopback, this machine):
 * the first step's weight and time to interactive in Chromium with a cold cache (beside a static
 * copy of the same page), the server's CPU per complete flow, the heap per open session, UIDL
 * round trips under 200 concurrent customers, and start to ready, plain and with the JDK's AOT
 * cache. Build the jar first: {@code ./mvnw -B -Pproduction package -DskipTests}, then
 * {@code ./mvnw -B verify -Pbenchmark}; the figures go to {@code target/benchmark-experience.txt}.
 */
@Tag("benchmark")
class ExperienceBenchmarkTest {

    private static final Logger LOG = LoggerFactory.getLogger(ExperienceBenchmarkTest.class);
    private static final Path WORK = Path.of("target", "benchmark");
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 5);
    private static final int USERS = Integer.getInteger("benchmark.users", 200);
    private static final int FLOWS = Integer.getInteger("benchmark.flows", 200);

    /** Team customer, production down: the deep link after each answer, and what the server answers with. */
    private static final String[][] FLOW = {
            {"topic=troubleshooting", "Which Capgo plan are you on?"},
            {"topic=troubleshooting&plan=team&tier=standard", "Who is asking?"},
            {"topic=troubleshooting&plan=team&tier=standard&email=registered&access=developer", "How bad is it?"},
            {"topic=troubleshooting&plan=team&email=registered&access=developer&tier=standard&impact=all-down&env=production",
                    "support-outcome"},
    };

    private final StringBuilder report = new StringBuilder();

    @Test
    void the_whole_experience() throws Exception {
        line("Experience benchmark on the production jar (%s), loopback", ProductionApp.JAR);
        line("machine: %d cores, Java %s, %s %s; medians after warm-up", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch"));
        line("%s", MachineSpeed.line("before"));
        startToReady();
        try (ProductionApp app = ProductionApp.start(WORK, "measured", List.of("-Xmx1g"))) {
            firstStep(app);
            flowsAndSessions(app);
        }
        line("%s", MachineSpeed.line("after"));
        Files.writeString(Path.of("target", "benchmark-experience.txt"), report.toString());
        LOG.info("\n{}", report);
    }

    // 5. Start to ready, plain and with the AOT cache (a training run writes it at exit).
    private void startToReady() throws Exception {
        List<Double> plain = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            try (ProductionApp app = ProductionApp.start(WORK, "start-" + i, List.of())) {
                plain.add(app.startToReady.toMillis() / 1000.0);
            }
        }
        List<Double> extracted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            try (ProductionApp app = ProductionApp.startExtracted(WORK, "extracted-" + i, List.of())) {
                extracted.add(app.startToReady.toMillis() / 1000.0);
            }
        }
        Path cache = WORK.resolve("app.aot").toAbsolutePath();
        Files.deleteIfExists(cache);
        // The training run: used as customers use it, then stopped; the JVM writes the cache as it exits.
        try (ProductionApp training = ProductionApp.startExtracted(WORK, "training", List.of("-XX:AOTCacheOutput=" + cache))) {
            for (int i = 0; i < 20; i++) {
                flow(training);
            }
        }
        List<Double> aot = new ArrayList<>();
        List<Double> restarts = new ArrayList<>();
        if (Files.exists(cache)) {
            for (int i = 0; i < 3; i++) {
                try (ProductionApp app = ProductionApp.startExtracted(WORK, "aot-" + i, List.of("-XX:AOTCache=" + cache))) {
                    aot.add(app.startToReady.toMillis() / 1000.0);
                }
            }
            // A restart, as after a deploy: the database and its migrations are already there.
            for (int i = 0; i < 3; i++) {
                try (ProductionApp app = ProductionApp.startExtracted(WORK, "aot-0", List.of("-XX:AOTCache=" + cache))) {
                    restarts.add(app.startToReady.toMillis() / 1000.0);
                }
            }
        }
        line("start to ready (readiness UP): the jar as built median %.2f s %s; extracted median %.2f s %s;"
                        + " extracted with the AOT cache median %s %s, restarted on its own data median %s %s (cache %d MB)%s",
                median(plain), plain, median(extracted), extracted, seconds(aot), aot, seconds(restarts), restarts,
                Files.exists(cache) ? Files.size(cache) / (1024 * 1024) : 0,
                ProductionApp.EXTRA_OPTIONS.isEmpty() ? "" : "; every start with " + String.join(" ", ProductionApp.EXTRA_OPTIONS));
    }

    private static String seconds(List<Double> starts) {
        return starts.isEmpty() ? "n/a" : String.format(Locale.ROOT, "%.2f s", median(starts));
    }

    // 1. The first step in Chromium, cold cache: bytes transferred and time to interactive, beside a static copy.
    private void firstStep(ProductionApp app) throws Exception {
        try (Browser browser = new Browser()) {
            String copy = null;
            List<Double> times = new ArrayList<>();
            List<Long> bytes = new ArrayList<>();
            for (int round = -1; round < ROUNDS; round++) {
                long[] size = new long[1];
                double time = load(browser, app.url("/support"), "#topic label.choice", size);
                if (round >= 0) {
                    times.add(time);
                    bytes.add(size[0]);
                }
                if (copy == null) {
                    copy = staticCopy(browser, app);
                }
            }
            HttpServer server = LighthouseBenchmarkTest.serve(copy);
            List<Double> staticTimes = new ArrayList<>();
            List<Long> staticBytes = new ArrayList<>();
            try {
                for (int round = -1; round < ROUNDS; round++) {
                    long[] size = new long[1];
                    double time = load(browser, "http://127.0.0.1:" + server.getAddress().getPort() + "/", "h2", size);
                    if (round >= 0) {
                        staticTimes.add(time);
                        staticBytes.add(size[0]);
                    }
                }
            } finally {
                server.stop(0);
            }
            line("first step, cold cache: %.0f KB transferred, interactive after %.0f ms (rounds %s ms)",
                    medianLong(bytes) / 1024.0, median(times), times);
            line("static copy of the same page (scripts removed): %.0f KB, shown after %.0f ms; time ratio %.1fx",
                    medianLong(staticBytes) / 1024.0, median(staticTimes), median(times) / median(staticTimes));
        }
    }

    /** Loads {@code url} in a fresh context (cold cache) until {@code ready} shows; returns ms, adds the bytes. */
    private static double load(Browser browser, String url, String ready, long[] bytes) {
        // A context of its own, closed after: cold caches (the pooled pages of newPage keep theirs).
        try (BrowserContext context = browser.newContext("en-GB", 360, 800, "UTC",
                com.microsoft.playwright.options.ColorScheme.LIGHT)) {
            Page page = context.newPage();
            AtomicLong transferred = new AtomicLong();
            page.onRequestFinished(request -> transferred.addAndGet(transferred(request)));
            long start = System.nanoTime();
            page.navigate(url);
            page.locator(ready).first().waitFor();
            double ms = (System.nanoTime() - start) / 1e6;
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            bytes[0] = transferred.get();
            return ms;
        }
    }

    private static long transferred(Request request) {
        try {
            var sizes = request.sizes();
            return sizes.responseBodySize + sizes.responseHeadersSize;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** The rendered first step as static HTML: scripts removed, the app's own styles kept (absolute URLs). */
    private static String staticCopy(Browser browser, ProductionApp app) {
        // A context of its own, closed after: cold caches (the pooled pages of newPage keep theirs).
        try (BrowserContext context = browser.newContext("en-GB", 360, 800, "UTC",
                com.microsoft.playwright.options.ColorScheme.LIGHT)) {
            Page page = context.newPage();
            page.navigate(app.url("/support"));
            page.locator("#topic label.choice").first().waitFor();
            String html = page.content().replaceAll("(?s)<script.*?</script>", "");
            return html.replaceFirst("<head>", "<head><base href=\"" + app.url("/") + "\">");
        }
    }

    // 2-4. CPU per flow, heap per open session, round trips under load.
    private void flowsAndSessions(ProductionApp app) throws Exception {
        for (int i = 0; i < 50; i++) {
            flow(app); // warm-up
        }
        long heapBefore = app.heapAfterGc();
        Files.writeString(WORK.resolve("histogram-before-sessions.txt"), app.histogram());
        List<Long> pages = Collections.synchronizedList(new ArrayList<>());
        List<Long> inits = Collections.synchronizedList(new ArrayList<>());
        List<Long> steps = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        long start = System.nanoTime();
        try (ExecutorService users = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> all = new ArrayList<>();
            for (int u = 0; u < USERS; u++) {
                all.add(users.submit(() -> {
                    go.await();
                    try (VaadinClient client = new VaadinClient(app.url(""))) {
                        long[] opened = client.open(FLOW[0][0]);
                        pages.add(opened[0]);
                        inits.add(opened[1]);
                        for (String[] step : FLOW) {
                            steps.add(client.step(step[0], step[1]));
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        LOG.warn("virtual user failed: {}", e.toString());
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : all) {
                f.get();
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        Thread.sleep(1000); // the server notices the closed connections and frees their buffers
        long heapAfter = app.heapAfterGc();
        Files.writeString(WORK.resolve("histogram-after-sessions.txt"), app.histogram());
        line("%d concurrent customers, each the whole flow (page, init, 5 UIDL steps) in %.1f s, %d errors:",
                USERS, wall, errors.get());
        line("  page GET    p50 %s  p95 %s  p99 %s ms", pct(pages, 50), pct(pages, 95), pct(pages, 99));
        line("  UI init     p50 %s  p95 %s  p99 %s ms", pct(inits, 50), pct(inits, 95), pct(inits, 99));
        line("  step (UIDL) p50 %s  p95 %s  p99 %s ms", pct(steps, 50), pct(steps, 95), pct(steps, 99));
        line("heap per open session at the verdict: %.0f KB (%d sessions, heap after full GC %d MB -> %d MB;"
                        + " includes the server's buffers kept for %d concurrent connections)",
                (heapAfter - heapBefore) / 1024.0 / (USERS - errors.get()), USERS - errors.get(),
                heapBefore >> 20, heapAfter >> 20, USERS);
        sessionsOnly(app, heapAfter);

        paced(app);

        List<Double> cpu = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            Duration before = app.cpu();
            for (int i = 0; i < FLOWS / ROUNDS; i++) {
                flow(app);
            }
            cpu.add((app.cpu().minus(before)).toNanos() / 1e6 / (FLOWS / ROUNDS));
        }
        line("server CPU per complete flow (page, init, 5 steps; process CPU incl. GC and JIT): median %.2f ms (rounds %s)",
                median(cpu), cpu.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).toList());
        assertThat(errors.get()).as("virtual users failing").isZero();
    }

    /**
     * The heap of sessions alone: as many sessions again, a few at a time, once Tomcat keeps its
     * request processors (8 KB buffers each) for the 200 connections of the burst, so that the
     * difference holds sessions only.
     */
    private void sessionsOnly(ProductionApp app, long heapBefore) throws Exception {
        try (ExecutorService users = Executors.newFixedThreadPool(4)) {
            List<Future<?>> all = new ArrayList<>();
            for (int u = 0; u < USERS; u++) {
                all.add(users.submit(() -> {
                    flow(app);
                    return null;
                }));
            }
            for (Future<?> f : all) {
                f.get();
            }
        }
        long heapAfter = app.heapAfterGc();
        Files.writeString(WORK.resolve("histogram-after-more-sessions.txt"), app.histogram());
        line("heap per open session at the verdict, sessions alone: %.0f KB (%d more sessions, 4 at a time,"
                        + " heap after full GC %d MB -> %d MB)", (heapAfter - heapBefore) / 1024.0 / USERS, USERS,
                heapBefore >> 20, heapAfter >> 20);
    }

    /**
     * The same number of customers at once, paced as people are: arriving over 10 seconds and
     * reading each question for 1 to 3 seconds before answering.
     */
    private void paced(ProductionApp app) throws Exception {
        List<Long> steps = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        java.util.Random random = new java.util.Random(42);
        long start = System.nanoTime();
        try (ExecutorService users = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> all = new ArrayList<>();
            for (int u = 0; u < USERS; u++) {
                long arrival = random.nextInt(10_000);
                long[] thinking = random.ints(FLOW.length, 1_000, 3_000).asLongStream().toArray();
                all.add(users.submit(() -> {
                    Thread.sleep(arrival);
                    try (VaadinClient client = new VaadinClient(app.url(""))) {
                        client.open(FLOW[0][0]);
                        for (int i = 0; i < FLOW.length; i++) {
                            steps.add(client.step(FLOW[i][0], FLOW[i][1]));
                            Thread.sleep(thinking[i]);
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        LOG.warn("paced user failed: {}", e.toString());
                    }
                    return null;
                }));
            }
            for (Future<?> f : all) {
                f.get();
            }
        }
        line("%d customers paced as people (arriving over 10 s, 1 to 3 s per question), %.1f s, %d errors:", USERS,
                (System.nanoTime() - start) / 1e9, errors.get());
        line("  step (UIDL) p50 %s  p95 %s  p99 %s ms", pct(steps, 50), pct(steps, 95), pct(steps, 99));
        assertThat(errors.get()).as("paced users failing").isZero();
    }

    private static void flow(ProductionApp app) throws Exception {
        try (VaadinClient client = new VaadinClient(app.url(""))) {
            client.open(FLOW[0][0]);
            for (String[] step : FLOW) {
                client.step(step[0], step[1]);
            }
        }
    }

    private static String pct(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return "n/a";
        }
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return String.format(Locale.ROOT, "%.1f", sorted.get(Math.max(0, index)) / 1e6);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2);
    }

    private static double medianLong(List<Long> values) {
        return median(values.stream().map(Long::doubleValue).toList());
    }

    private void line(String format, Object... args) {
        report.append(String.format(Locale.ROOT, format, args)).append(System.lineSeparator());
    }
}
