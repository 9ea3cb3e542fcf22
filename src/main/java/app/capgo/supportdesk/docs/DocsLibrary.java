package app.capgo.supportdesk.docs;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import app.capgo.supportdesk.insights.Entry;
import app.capgo.supportdesk.insights.InsightCounts;
import app.capgo.supportdesk.insights.Measure;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Capgo's docs, searchable: the last good index, kept on disk (a restart answers at once), rebuilt
 * in the background at start and then every {@code support.docs.refresh}. A failed refresh keeps the
 * index there was; with no index at all (a machine without internet), {@link #search} says the docs
 * cannot be searched. Readiness does not depend on it. Metrics: {@code support_docs_sections},
 * {@code support_docs_pages}, {@code support_docs_last_refresh_seconds},
 * {@code support_docs_refresh_failures_total}.
 */
@Service
public class DocsLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(DocsLibrary.class);
    private static final String CURRENT = "current";

    private final DocsProperties properties;
    private final Clock clock;
    private final AtomicReference<Optional<DocsIndex>> index = new AtomicReference<>(Optional.empty());
    private final Counter failures;
    private final MeterRegistry meters;
    private final InsightCounts insights;
    private volatile int pages;
    private volatile long lastRefresh;
    private volatile Thread refresher;

    DocsLibrary(DocsProperties properties, Clock clock, MeterRegistry meters, InsightCounts insights) {
        this.insights = insights;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
        this.failures = Counter.builder("support.docs.refresh.failures").description("Docs refreshes that failed")
                .register(meters);
        Gauge.builder("support.docs.sections", this, l -> l.index.get().map(DocsIndex::sections).orElse(0))
                .description("Docs sections searchable").register(meters);
        Gauge.builder("support.docs.pages", this, l -> l.pages).description("Docs pages in the index").register(meters);
        Gauge.builder("support.docs.last.refresh", this, l -> l.lastRefresh).description("When the docs index was last built")
                .baseUnit("seconds").register(meters);
    }

    /** The suggestions for {@code text}, best first; empty when no index exists yet. */
    public Optional<List<DocsHit>> search(String text, int max) {
        return index.get().map(i -> text.isBlank() ? List.of() : i.search(text, max));
    }

    /** As {@link #search}, counted as a search a customer made ({@code support_docs_searches_total{outcome}}). */
    public Optional<List<DocsHit>> searchFor(String text, int max, Locale language, Entry entry) {
        Optional<List<DocsHit>> hits = search(text, max);
        String outcome = hits.map(h -> h.isEmpty() ? "none" : "found").orElse("unavailable");
        meters.counter("support.docs.searches", "outcome", outcome).increment();
        insights.count(Measure.DOCS_SEARCHED, outcome, language, entry);
        if (outcome.equals("none")) {
            insights.gap(text, language);
        }
        return hits;
    }

    /** "Did this answer your question?": counted, nothing else kept ({@code support_docs_answered_total{answer}}). */
    public void answered(boolean yes, String searched, Locale language, Entry entry) {
        meters.counter("support.docs.answered", "answer", yes ? "yes" : "no").increment();
        insights.count(Measure.DOCS_ANSWERED, yes ? "yes" : "no", language, entry);
        if (!yes) {
            insights.gap(searched, language);
        }
    }

    /** A suggestion opened: counted, nothing else kept ({@code support_docs_opened_total}). */
    public void opened(Locale language, Entry entry) {
        meters.counter("support.docs.opened").increment();
        insights.count(Measure.SUGGESTION_OPENED, "", language, entry);
    }

    /** The docs home, for when they cannot be searched. */
    public String home() {
        return properties.home().toString();
    }

    /** Opens the index a previous run left, then refreshes in the background (the app is ready before). */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        openExisting();
        refresher = Thread.ofVirtual().name("docs-refresh").start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                refresh();
                try {
                    Thread.sleep(properties.refresh());
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    @PreDestroy
    void stop() throws IOException {
        Thread running = refresher;
        if (running != null) {
            running.interrupt();
        }
        Optional<DocsIndex> open = index.getAndSet(Optional.empty());
        if (open.isPresent()) {
            open.get().close();
        }
    }

    /** Opens the index a previous run left on disk, if any (what {@link #start} does first). */
    void openExisting() {
        Path marker = properties.folder().resolve(CURRENT);
        try {
            if (Files.exists(marker)) {
                Path generation = properties.folder().resolve(Files.readString(marker, StandardCharsets.UTF_8).strip());
                index.set(Optional.of(DocsIndex.open(generation)));
                LOG.info("Docs index opened from {} ({} sections)", generation, index.get().orElseThrow().sections());
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("The docs index in {} could not be opened ({}): it is rebuilt", properties.folder(), e.toString());
        }
    }

    /** Crawls and indexes the docs anew; on any failure the index there was stays. */
    void refresh() {
        try {
            DocsCrawler.Result crawl = new DocsCrawler(properties).crawl();
            if (crawl.sections().isEmpty()) {
                throw new IOException("no docs page could be read (" + crawl.skipped() + " skipped)");
            }
            Path generation = properties.folder().resolve("index-" + clock.millis());
            Files.createDirectories(generation);
            DocsIndex built = DocsIndex.build(crawl.sections(), generation);
            Path marker = properties.folder().resolve(CURRENT);
            Path temporary = properties.folder().resolve(CURRENT + ".new");
            Files.writeString(temporary, generation.getFileName().toString(), StandardCharsets.UTF_8);
            Files.move(temporary, marker, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Optional<DocsIndex> previous = index.getAndSet(Optional.of(built));
            if (previous.isPresent()) {
                previous.get().close();
            }
            pages = crawl.pages();
            lastRefresh = clock.instant().getEpochSecond();
            deleteOlderThan(generation);
            LOG.info("Docs index built: {} pages, {} sections ({} pages skipped)", crawl.pages(), built.sections(),
                    crawl.skipped());
        } catch (IOException | RuntimeException e) {
            failures.increment();
            LOG.warn("Docs refresh failed, the previous index stays: {}", e.getMessage() == null ? e.toString() : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void deleteOlderThan(Path current) throws IOException {
        try (Stream<Path> children = Files.list(properties.folder())) {
            for (Path old : children.filter(p -> p.getFileName().toString().startsWith("index-") && !p.equals(current)).toList()) {
                try (Stream<Path> files = Files.walk(old)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        }
    }
}
