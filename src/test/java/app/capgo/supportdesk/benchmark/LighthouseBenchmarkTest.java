package app.capgo.supportdesk.benchmark;

import app.capgo.supportdesk.e2e.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a phone feels, measured by Lighthouse 12.2.3 (installed from the npm registry into
 * {@code target/lighthouse} on first use; 13 needs Node 22) with Debian's Chromium, mobile preset
 * (simulated Slow 4G, 4x CPU slowdown): the production jar's home, first step, a deep-linked verdict
 * and {@code /sla}, each beside a static copy of the same rendered page (scripts removed, served
 * from this JVM) measured in the same run; median of {@code benchmark.lighthouse.runs} (3). Writes
 * the table to {@code target/benchmark-lighthouse.txt}, and into {@code docs/benchmarks.md} between
 * its lighthouse markers when run with {@code -Dlighthouse.docs=docs/benchmarks.md}.
 */
@Tag("benchmark")
class LighthouseBenchmarkTest {

    private static final Path WORK = Path.of("target", "benchmark");
    private static final Path LIGHTHOUSE = Path.of("target", "lighthouse");
    private static final int RUNS = Integer.getInteger("benchmark.lighthouse.runs", 3);
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** A page measured: its path and what shows once it is rendered (for its static copy). */
    record Target(String name, String path, String ready) {
    }

    static final List<Target> PAGES = List.of(
            new Target("`/` (home)", "/", "#home-topic-setup"),
            new Target("first step `/support?topic=troubleshooting`", "/support?topic=troubleshooting", "#plan"),
            new Target("deep-linked verdict", "/support?topic=troubleshooting&plan=team&tier=standard&email=registered"
                    + "&access=developer&impact=all-down&env=production", "#support-outcome"),
            new Target("`/sla`", "/sla", "#deadline"));

    /**
     * One Lighthouse report's figures; {@code benchmarkIndex} is Lighthouse's own measure of the
     * machine's CPU at that moment (higher is faster), so that runs on a quiet and a busy machine can
     * be told apart.
     */
    record Run(double performance, double lcp, double tbt, double speedIndex, double kilobytes, double scriptKilobytes,
               double accessibility, double bestPractices, double seo, double benchmarkIndex) {
    }

    @Test
    void lighthouse_on_a_phone() throws Exception {
        Files.createDirectories(WORK);
        Path cli = install();
        Map<String, List<Run>> results = new LinkedHashMap<>();
        try (ProductionApp app = ProductionApp.start(WORK, "lighthouse-data", List.of());
             Browser browser = new Browser()) {
            for (Target target : PAGES) {
                String copy = staticCopy(browser, app.url(target.path()), target.ready(), app.url("/"));
                HttpServer server = serve(copy);
                try {
                    String copyUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
                    List<Run> page = new ArrayList<>();
                    List<Run> stat = new ArrayList<>();
                    lighthouse(cli, app.url(target.path())); // warm-up: the server's JIT, Chromium's first start
                    for (int i = 0; i < RUNS; i++) { // alternated, so that the machine's moods fall on both
                        page.add(lighthouse(cli, app.url(target.path())));
                        stat.add(lighthouse(cli, copyUrl));
                    }
                    results.put(target.name(), page);
                    results.put("static copy of " + target.name(), stat);
                } finally {
                    server.stop(0);
                }
            }
        }
        String table = table(results);
        Files.writeString(Path.of("target", "benchmark-lighthouse.txt"), table);
        System.out.println(table);
        Optional.ofNullable(System.getProperty("lighthouse.docs")).map(Path::of).ifPresent(docs -> writeInto(docs, table));
        assertThat(results.values()).allSatisfy(runs -> assertThat(runs).hasSize(RUNS)
                .allSatisfy(r -> assertThat(r.performance()).isBetween(0.0, 100.0)));
    }

    /** npm i -E lighthouse@12.2.3, once, into target/lighthouse. */
    private static Path install() throws Exception {
        Path cli = LIGHTHOUSE.resolve("node_modules/lighthouse/cli/index.js");
        if (!Files.exists(cli)) {
            Files.createDirectories(LIGHTHOUSE);
            run(LIGHTHOUSE, List.of("npm", "i", "-E", "--no-audit", "--no-fund", "lighthouse@12.2.3"), 600);
        }
        return cli.toAbsolutePath();
    }

    private static Run lighthouse(Path cli, String url) throws Exception {
        Path report = Files.createTempFile(WORK, "lighthouse-", ".json");
        run(WORK, List.of("node", cli.toString(), url, "--quiet", "--chrome-flags=--headless=new --no-sandbox",
                "--output=json", "--output-path=" + report.toAbsolutePath()), 300);
        JsonNode r = JSON.readTree(report.toFile());
        Files.delete(report);
        double scripts = 0;
        for (JsonNode request : r.path("audits").path("network-requests").path("details").path("items")) {
            if ("Script".equals(request.path("resourceType").asString())) {
                scripts += request.path("transferSize").asDouble();
            }
        }
        return new Run(score(r, "performance"), audit(r, "largest-contentful-paint"), audit(r, "total-blocking-time"),
                audit(r, "speed-index"), audit(r, "total-byte-weight") / 1024, scripts / 1024, score(r, "accessibility"),
                score(r, "best-practices"), score(r, "seo"), r.path("environment").path("benchmarkIndex").asDouble());
    }

    private static double score(JsonNode report, String category) {
        return report.path("categories").path(category).path("score").asDouble() * 100;
    }

    private static double audit(JsonNode report, String id) {
        return report.path("audits").path(id).path("numericValue").asDouble();
    }

    private static void run(Path folder, List<String> command, int seconds) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(WORK.resolve("lighthouse.log").toFile());
        Browser.systemChromium().ifPresent(chromium -> builder.environment().putIfAbsent("CHROME_PATH", chromium.toString()));
        Process process = builder.start();
        if (!process.waitFor(seconds, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed: see " + WORK.resolve("lighthouse.log"));
        }
    }

    /** The rendered page as static HTML: scripts removed, styles and images kept (absolute through a base). */
    private static String staticCopy(Browser browser, String url, String ready, String base) {
        // A context of its own, closed after: cold caches (the pooled pages of newPage keep theirs).
        try (BrowserContext context = browser.newContext("en-GB", 412, 800, "UTC",
                com.microsoft.playwright.options.ColorScheme.LIGHT)) {
            Page page = context.newPage();
            page.navigate(url);
            page.locator(ready).first().waitFor();
            Browser.settle(page);
            String html = page.content().replaceAll("(?s)<script.*?</script>", "");
            return html.replaceFirst("<head>", "<head><base href=\"" + base + "\">");
        }
    }

    /** {@code html} served on a loopback port of its own, at every path (the static copies of both benchmarks). */
    static HttpServer serve(String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=UTF-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    static String table(Map<String, List<Run>> results) {
        StringBuilder t = new StringBuilder(String.format(Locale.ROOT, "Lighthouse 12.2.3, mobile preset, Debian's Chromium,"
                        + " median of %d; production jar and static copies on loopback; machine: %d cores, Java %s;"
                        + " Lighthouse's CPU benchmark index median %.0f (higher is faster)%n%n",
                RUNS, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                median(results.values().stream().flatMap(List::stream).toList(), Run::benchmarkIndex)));
        t.append("| page | performance | LCP | TBT | speed index | KB | of which scripts | a11y | best practices | SEO |\n");
        t.append("|---|---|---|---|---|---|---|---|---|---|\n");
        results.forEach((name, runs) -> t.append(String.format(Locale.ROOT,
                "| %s | %.0f | %,.0f ms | %,.0f ms | %,.0f ms | %.0f | %.0f | %.0f | %.0f | %.0f |%n", name,
                median(runs, Run::performance), median(runs, Run::lcp), median(runs, Run::tbt), median(runs, Run::speedIndex),
                median(runs, Run::kilobytes), median(runs, Run::scriptKilobytes), median(runs, Run::accessibility),
                median(runs, Run::bestPractices), median(runs, Run::seo))));
        t.append("\nruns (performance): ");
        results.forEach((name, runs) -> t.append(name).append(' ').append(runs.stream().map(r -> String.format(Locale.ROOT,
                "%.0f", r.performance())).toList()).append("; "));
        return t.append('\n').toString();
    }

    private static double median(List<Run> runs, java.util.function.ToDoubleFunction<Run> value) {
        List<Double> values = new ArrayList<>(runs.stream().map(value::applyAsDouble).toList());
        Collections.sort(values);
        return values.get(values.size() / 2);
    }

    /** Replaces what stands between {@code <!-- lighthouse:start -->} and {@code <!-- lighthouse:end -->}. */
    private static void writeInto(Path docs, String table) {
        try {
            String text = Files.readString(docs);
            int start = text.indexOf("<!-- lighthouse:start -->");
            int end = text.indexOf("<!-- lighthouse:end -->");
            if (start < 0 || end < start) {
                throw new IllegalStateException(docs + " has no lighthouse markers");
            }
            Files.writeString(docs, text.substring(0, start) + "<!-- lighthouse:start -->\n" + table
                    + text.substring(end));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
