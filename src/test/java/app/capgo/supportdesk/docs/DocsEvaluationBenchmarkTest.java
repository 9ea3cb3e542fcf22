package app.capgo.supportdesk.docs;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The docs search measured, on the docs site of our own writing over loopback HTTP: recall@1 and
 * recall@3 of 45 customer questions and pasted logs of our own writing (each with the section that
 * answers it), the latency per query (median and p95), and the time and size of an index of about
 * 600 pages (the site plus generated reference pages). Written to {@code target/benchmark-docs.txt}.
 * Run with {@code ./mvnw -B verify -Pbenchmark}; no figure is asserted but the pasted codes' recall@1.
 */
@Tag("benchmark")
class DocsEvaluationBenchmarkTest {

    /** Question, then the path and anchor of the section that answers it. */
    private static final String[][] QUESTIONS = {
            {"E/CapacitorUpdater: bundle rejected keyMismatch", "/docs/live-updates/encryption/#keymismatch"},
            {"[updater] error download_0 while fetching bundle", "/docs/plugin/debugging/#download_0"},
            {"NoChannelOrOverride returned by the update endpoint", "/docs/live-updates/channels/#nochanneloroverride"},
            {"got disableAutoUpdateToMajor in the logs, no update", "/docs/live-updates/update-behaviour/#disableautoupdatetomajor"},
            {"checksum_fail on android", "/docs/plugin/debugging/#checksum_fail"},
            {"unzip_fail reported for 3 devices", "/docs/plugin/debugging/#unzip_fail"},
            {"Error: invalid_api_key", "/docs/cli/commands/upload/#invalid_api_key"},
            {"upload failed: bundle_exists", "/docs/cli/commands/upload/#bundle_exists"},
            {"missing_app_id when running the cli", "/docs/getting-started/add-an-app/#missing_app_id"},
            {"what does appReadyTimeout do", "/docs/plugin/settings/#appreadytimeout"},
            {"how do I roll back a broken bundle", "/docs/live-updates/update-behaviour/#rollback"},
            {"how to install the plugin", "/docs/getting-started/quickstart/#install-the-plugin"},
            {"upload my first bundle", "/docs/getting-started/quickstart/#first-upload"},
            {"how can I check the phone got the new bundle", "/docs/getting-started/quickstart/#check-the-device"},
            {"can I rename the app id later", "/docs/getting-started/add-an-app/#app-id"},
            {"which channel do devices follow by default", "/docs/live-updates/channels/#default-channel"},
            {"test a bundle on one phone only", "/docs/live-updates/channels/#device-override"},
            {"update downloads in the background and applies on next start", "/docs/live-updates/update-behaviour/#background-mode"},
            {"apply the update immediately while the user is in the app", "/docs/live-updates/update-behaviour/#direct-mode"},
            {"generate encryption keys", "/docs/live-updates/encryption/#create-keys"},
            {"rotate the encryption key pair", "/docs/live-updates/encryption/#rotate-keys"},
            {"where do I see the device logs on iOS", "/docs/plugin/debugging/#reading-logs"},
            {"turn off automatic update checks", "/docs/plugin/settings/#autoupdate"},
            {"the plugin rolls back because I never call notifyAppReady", "/docs/plugin/settings/#notifyappready"},
            {"how long does the plugin wait for the server", "/docs/plugin/settings/#responsetimeout"},
            {"pass the channel when uploading", "/docs/cli/commands/upload/#options"},
            {"where is my api key stored after login", "/docs/cli/commands/login/#where-the-key-is"},
            {"versions to paste in a bug report", "/docs/cli/commands/doctor/#output"},
            {"upgrade my plan", "/docs/dashboard/billing/#change-plan"},
            {"devices stopped getting updates after we went over our plan", "/docs/dashboard/billing/#over-plan"},
            {"where are the invoices", "/docs/dashboard/billing/#invoices"},
            {"what can an uploader do compared to a developer", "/docs/dashboard/organisation/#roles"},
            {"invite a colleague to the organisation", "/docs/dashboard/organisation/#invite"},
            {"see which updates failed on which device", "/docs/dashboard/statistics/#failed-updates"},
            {"are live updates allowed by the app store", "/docs/faq/#is-it-allowed"},
            {"what happens when the phone is offline", "/docs/faq/#offline"},
            {"can I host the update server myself", "/docs/faq/#self-hosted"},
            {"point the plugin to my own update url", "/docs/self-hosted/setup/#update-url"},
            {"bucket for bundles on my own infrastructure", "/docs/self-hosted/setup/#storage"},
            {"upload a bundle from github actions", "/docs/how-to/ci-cd/#github-actions"},
            {"deploy from gitlab ci", "/docs/how-to/ci-cd/#gitlab"},
            {"semantic versioning of bundles", "/docs/how-to/versioning/#semver"},
            {"bundle needs new native code, app crashes", "/docs/how-to/versioning/#native-compat"},
            {"option names changed after the major upgrade", "/docs/upgrade/from-v6/#breaking-changes"},
            {"sync the native projects after adding the package", "/docs/getting-started/quickstart/#install-the-plugin"}};

    /** French questions on topics the English docs cover: measured apart (the docs are English). */
    private static final String[][] FRENCH = {
            {"comment faire un rollback du bundle", "/docs/live-updates/update-behaviour/#rollback"},
            {"keyMismatch sur mon téléphone", "/docs/live-updates/encryption/#keymismatch"},
            {"upload depuis GitHub Actions", "/docs/how-to/ci-cd/#github-actions"},
            {"les mises à jour ne sont plus reçues depuis que nous avons dépassé notre plan", "/docs/dashboard/billing/#over-plan"},
            {"que se passe-t-il quand le téléphone est hors ligne", "/docs/faq/#offline"}};

    @Test
    void recall_and_latency_on_our_docs_site_and_the_time_of_a_600_page_index(@TempDir Path folder) throws Exception {
        List<String> report = new ArrayList<>();
        try (DocsSite site = new DocsSite(580)) {
            DocsProperties properties = new DocsProperties(URI.create(site.sitemap()), List.of("/docs/"),
                    URI.create(site.base() + "/docs/"), Duration.ofHours(24), 4, Duration.ofSeconds(5), 2_000_000, 1500,
                    "CapgoSupportDesk-benchmark", folder);
            long started = System.nanoTime();
            DocsCrawler.Result crawl = new DocsCrawler(properties).crawl();
            long crawled = System.nanoTime();
            try (DocsIndex index = DocsIndex.build(crawl.sections(), folder.resolve("index"))) {
                long built = System.nanoTime();
                long bytes;
                try (Stream<Path> files = Files.walk(folder.resolve("index"))) {
                    bytes = files.filter(Files::isRegularFile).mapToLong(DocsEvaluationBenchmarkTest::size).sum();
                }
                int top1 = 0;
                int top3 = 0;
                int codes = 0;
                int codesFirst = 0;
                List<String> misses = new ArrayList<>();
                for (int round = 0; round < 3; round++) { // warm the JIT before the timed round
                    for (String[] q : QUESTIONS) {
                        index.search(q[0], 5);
                    }
                }
                long[] nanos = new long[QUESTIONS.length];
                for (int i = 0; i < QUESTIONS.length; i++) {
                    long t = System.nanoTime();
                    List<DocsHit> hits = index.search(QUESTIONS[i][0], 5);
                    nanos[i] = System.nanoTime() - t;
                    List<String> urls = hits.stream().map(h -> h.url().substring(site.base().length())).toList();
                    boolean first = !urls.isEmpty() && urls.getFirst().equals(QUESTIONS[i][1]);
                    boolean three = urls.subList(0, Math.min(3, urls.size())).contains(QUESTIONS[i][1]);
                    top1 += first ? 1 : 0;
                    top3 += three ? 1 : 0;
                    if (!Identifiers.of(QUESTIONS[i][0], 5).isEmpty() && QUESTIONS[i][1].contains("_")
                            || QUESTIONS[i][0].matches(".*[a-z][A-Z].*")) {
                        codes++;
                        codesFirst += first ? 1 : 0;
                    }
                    if (!three) {
                        misses.add(QUESTIONS[i][0] + " -> " + urls);
                    }
                }
                long[] sorted = nanos.clone();
                Arrays.sort(sorted);
                report.add("Docs search, on the docs site of our own writing (" + crawl.pages() + " pages, "
                        + crawl.sections().size() + " sections), " + Runtime.getRuntime().availableProcessors()
                        + " cores, Java " + Runtime.version());
                report.add(String.format(Locale.ROOT, "recall@1 %d/%d (%.0f %%), recall@3 %d/%d (%.0f %%);"
                                + " pasted codes first %d/%d", top1, QUESTIONS.length, 100.0 * top1 / QUESTIONS.length, top3,
                        QUESTIONS.length, 100.0 * top3 / QUESTIONS.length, codesFirst, codes));
                report.add(String.format(Locale.ROOT, "latency per query: median %.2f ms, p95 %.2f ms",
                        sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6));
                report.add(String.format(Locale.ROOT, "crawl %.1f s, index build %.1f s, index %.1f MB",
                        (crawled - started) / 1e9, (built - crawled) / 1e9, bytes / 1e6));
                misses.forEach(m -> report.add("not in the first three: " + m));
                int french = 0;
                for (String[] q : FRENCH) {
                    List<String> urls = index.search(q[0], 5).stream().map(h -> h.url().substring(site.base().length()))
                            .limit(3).toList();
                    french += urls.contains(q[1]) ? 1 : 0;
                }
                report.add(String.format(Locale.ROOT, "French questions (English docs): recall@3 %d/%d", french,
                        FRENCH.length));
                assertThat(codesFirst).as("every pasted failure code first").isEqualTo(codes);
            }
        }
        String text = String.join("\n", report) + "\n";
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "benchmark-docs.txt"), text);
        System.out.println(text);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
