package app.capgo.supportdesk.docs;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The docs crawled over real HTTP from a site of our own writing, indexed with Lucene, searched. */
class DocsSearchTest {

    static final DocsSite SITE = new DocsSite();
    @TempDir
    static Path folder;
    static DocsCrawler.Result crawl;
    static DocsIndex index;

    static DocsProperties properties(Path where) {
        return new DocsProperties(URI.create(SITE.sitemap()), List.of("/docs/"), URI.create(SITE.base() + "/docs/"),
                Duration.ofHours(24), 4, Duration.ofSeconds(3), 1_000_000, 500, "CapgoSupportDesk-test", where);
    }

    @BeforeAll
    static void crawlAndIndex() throws Exception {
        crawl = new DocsCrawler(properties(folder)).crawl();
        index = DocsIndex.build(crawl.sections(), folder.resolve("index"));
    }

    @AfterAll
    static void stop() throws Exception {
        index.close();
        SITE.close();
    }

    private static List<String> urls(String query) {
        return index.search(query, 5).stream().map(DocsHit::url).toList();
    }

    @Test
    void the_crawl_keeps_the_docs_pages_skips_the_misbehaving_ones_and_stays_polite() {
        List<String> pages = crawl.sections().stream().map(s -> s.url().replaceAll("#.*", "")).distinct().toList();
        assertThat(pages).as("every docs page once (the one redirected within the site is the page it leads to)")
                .hasSize(SITE.docsPages().size())
                .noneMatch(p -> p.contains("/blog/")).noneMatch(p -> p.contains("elsewhere"))
                .noneMatch(p -> p.contains("/docs/slow/") || p.contains("/docs/huge/") || p.contains("manual.pdf"));
        assertThat(crawl.skipped()).as("slow, huge, redirected off the host, not HTML, a second address of a page")
                .isEqualTo(5);
        assertThat(SITE.maxConcurrent()).as("requests at once").isLessThanOrEqualTo(4 + 1);
        assertThat(SITE.userAgents()).allMatch("CapgoSupportDesk-test"::equals);
    }

    @Test
    void sections_are_cut_at_headings_with_an_id_and_link_to_them() {
        DocsSection section = crawl.sections().stream().filter(s -> s.heading().equals("keyMismatch")).findFirst().orElseThrow();
        assertThat(section.url()).isEqualTo(SITE.base() + "/docs/live-updates/encryption/#keymismatch");
        assertThat(section.pageTitle()).isEqualTo("End-to-end encryption");
        assertThat(section.text()).startsWith("The device rejects a bundle with keyMismatch").doesNotContain("Footer", "Quickstart");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "E/CapacitorUpdater: Bundle rejected: keyMismatch (id 42) | /docs/live-updates/encryption/#keymismatch | keyMismatch",
            "[updater] download failed code=download_0 retry=3 | /docs/plugin/debugging/#download_0 | download_0",
            "error: NoChannelOrOverride for device 1234 | /docs/live-updates/channels/#nochanneloroverride | NoChannelOrOverride",
            "why no update? disableAutoUpdateToMajor is true | /docs/live-updates/update-behaviour/#disableautoupdatetomajor | disableAutoUpdateToMajor",
            "✖ Upload failed: invalid_api_key | /docs/cli/commands/upload/#invalid_api_key | invalid_api_key"})
    void a_pasted_failure_code_puts_the_section_explaining_it_first(String log, String section, String code) {
        List<DocsHit> hits = index.search(log, 5);
        assertThat(hits.getFirst().url()).isEqualTo(SITE.base() + section);
        assertThat(hits.getFirst().explains()).contains(code);
    }

    @Test
    void a_log_with_several_codes_gets_a_line_for_each_first() {
        List<DocsHit> hits = index.search("checksum_fail then unzip_fail on retry, then download_0", 5);
        assertThat(hits.subList(0, 3)).extracting(h -> h.explains().orElse("")).containsExactly("checksum_fail",
                "unzip_fail", "download_0");
    }

    @Test
    void a_twenty_thousand_character_log_still_answers_with_its_code_first() {
        String log = "I/Capacitor: loading bundle\n".repeat(700) + "E/CapacitorUpdater: keyMismatch\n";
        assertThat(log.length()).isGreaterThan(19_000);
        assertThat(index.search(log, 5).getFirst().explains()).contains("keyMismatch");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "how do I roll back a broken bundle | /docs/live-updates/update-behaviour/#rollback",
            "devices stopped getting updates after we went over our plan | /docs/dashboard/billing/#over-plan",
            "upload a bundle from github actions | /docs/how-to/ci-cd/#github-actions",
            "test a bundle on one phone only | /docs/live-updates/channels/#device-override"})
    void a_question_finds_its_section_among_the_first_three(String question, String section) {
        assertThat(urls(question).subList(0, 3)).contains(SITE.base() + section);
    }

    @Test
    void excerpts_mark_the_matching_words() {
        DocsHit hit = index.search("roll back a bundle", 5).getFirst();
        assertThat(hit.excerpt()).contains(DocsHit.MARK_START + "bundle" + DocsHit.MARK_END);
    }

    @Test
    void words_the_docs_never_use_find_nothing() {
        assertThat(index.search("zzqx wibblefrotz", 5)).isEmpty();
    }

    @Test
    void the_library_serves_the_index_a_previous_run_left_and_keeps_it_when_a_refresh_fails(@TempDir Path data)
            throws Exception {
        DocsLibrary first = new DocsLibrary(properties(data), Clock.systemUTC(), new SimpleMeterRegistry(),
                app.capgo.supportdesk.insights.UnwrittenInsights.create());
        assertThat(first.search("keyMismatch", 5)).as("no index yet").isEmpty();
        first.refresh();
        assertThat(first.search("keyMismatch", 5)).hasValueSatisfying(h -> assertThat(h).isNotEmpty());
        first.stop();

        SITE.goDown();
        try {
            SimpleMeterRegistry meters = new SimpleMeterRegistry();
            DocsLibrary restarted = new DocsLibrary(properties(data), Clock.systemUTC(), meters,
                    app.capgo.supportdesk.insights.UnwrittenInsights.create());
            restarted.openExisting();
            assertThat(restarted.search("keyMismatch", 5)).as("a restart answers at once, from disk")
                    .hasValueSatisfying(h -> assertThat(h.getFirst().explains()).contains("keyMismatch"));
            restarted.refresh();
            assertThat(meters.get("support.docs.refresh.failures").counter().count()).isEqualTo(1);
            assertThat(restarted.search("keyMismatch", 5)).as("the failed refresh kept the index")
                    .hasValueSatisfying(h -> assertThat(h.getFirst().explains()).contains("keyMismatch"));
            restarted.stop();
        } finally {
            SITE.comeBack();
        }
    }
}
