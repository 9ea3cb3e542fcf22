package app.capgo.supportdesk.docs;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Reads Capgo's public docs: the sitemap (an index of sitemaps, or a plain urlset), the pages whose
 * path starts with one of the included prefixes, each page's sections. Polite and bounded: at most
 * {@code concurrency} requests at once, a timeout and a size cap per answer (a longer one is cut off
 * and skipped), at most {@code maxPages} pages, a User-Agent naming the app, and redirects followed
 * only within the sitemap's host. A page that fails is skipped and logged once; the rest is read.
 */
final class DocsCrawler {

    private static final Logger LOG = LoggerFactory.getLogger(DocsCrawler.class);
    private static final int MAX_REDIRECTS = 5;
    private static final int MAX_SITEMAPS = 50;

    /** What a crawl read: the sections of the pages it could read, and how many it skipped. */
    record Result(List<DocsSection> sections, int pages, int skipped) {
    }

    private final DocsProperties properties;
    private final HttpClient http;

    DocsCrawler(DocsProperties properties) {
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.pageTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Crawls the docs; throws when the sitemap itself cannot be read (nothing to index then). */
    Result crawl() throws IOException, InterruptedException {
        List<URI> pages = pages();
        List<DocsSection> sections = new ArrayList<>();
        int skipped = 0;
        Semaphore polite = new Semaphore(Math.max(1, properties.concurrency()));
        try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<List<DocsSection>>> reads = new ArrayList<>();
            for (URI page : pages) {
                reads.add(workers.submit(() -> {
                    polite.acquire();
                    try {
                        return read(page);
                    } finally {
                        polite.release();
                    }
                }));
            }
            Set<String> seen = new java.util.HashSet<>();
            for (Future<List<DocsSection>> read : reads) {
                try {
                    List<DocsSection> found = read.get();
                    if (found.isEmpty()) {
                        skipped++;
                    } else if (!seen.add(found.getFirst().url().replaceAll("#.*", ""))) {
                        skipped++; // a page redirected to one read already
                        continue;
                    }
                    sections.addAll(found);
                } catch (java.util.concurrent.ExecutionException e) {
                    skipped++;
                }
            }
        }
        return new Result(sections, pages.size() - skipped, skipped);
    }

    /** The page URLs of the sitemap (following an index), kept by prefix and host, at most {@code maxPages}. */
    List<URI> pages() throws IOException, InterruptedException {
        String host = properties.sitemap().getHost();
        Set<URI> pages = new LinkedHashSet<>();
        List<URI> sitemaps = new ArrayList<>(List.of(properties.sitemap()));
        for (int i = 0; i < sitemaps.size() && i < MAX_SITEMAPS && pages.size() < properties.maxPages(); i++) {
            URI sitemap = sitemaps.get(i);
            Optional<String> xml = get(sitemap);
            if (xml.isEmpty()) {
                if (i == 0) {
                    throw new IOException("the docs sitemap " + sitemap + " could not be read");
                }
                continue;
            }
            Document document = Jsoup.parse(xml.get(), sitemap.toString(), Parser.xmlParser());
            for (Element child : document.select("sitemapindex > sitemap > loc")) {
                resolve(sitemap, child.text()).filter(u -> host.equalsIgnoreCase(u.getHost())).ifPresent(sitemaps::add);
            }
            for (Element loc : document.select("urlset > url > loc")) {
                resolve(sitemap, loc.text()).filter(u -> host.equalsIgnoreCase(u.getHost())).filter(this::included)
                        .ifPresent(pages::add);
                if (pages.size() >= properties.maxPages()) {
                    break;
                }
            }
        }
        return List.copyOf(pages);
    }

    private boolean included(URI page) {
        String path = page.getPath() == null ? "" : page.getPath();
        return properties.include().stream().anyMatch(path::startsWith);
    }

    private List<DocsSection> read(URI page) {
        try {
            Optional<Fetched> fetched = fetch(page);
            if (fetched.isEmpty()) {
                return List.of();
            }
            // Linked at the address it was read from, after redirects within the site.
            return DocsParser.sections(fetched.get().uri().toString(), fetched.get().text());
        } catch (IOException e) {
            LOG.warn("Docs page {} skipped: {}", page, e.getMessage());
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    /**
     * The text of {@code uri}: follows redirects within the sitemap's host only, gives up after the
     * page timeout, and reads at most {@code maxPageBytes}; empty (logged once) for anything else:
     * an error status, a redirect elsewhere, an answer that is not HTML or XML, one too large.
     */
    private Optional<String> get(URI uri) throws IOException, InterruptedException {
        return fetch(uri).map(Fetched::text);
    }

    /** A text, and the address it was read from once redirects were followed. */
    private record Fetched(URI uri, String text) {
    }

    private Optional<Fetched> fetch(URI uri) throws IOException, InterruptedException {
        URI target = uri;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpRequest request = HttpRequest.newBuilder(target).timeout(properties.pageTimeout())
                    .header("User-Agent", properties.userAgent()).header("Accept", "text/html, application/xml").GET().build();
            HttpResponse<InputStream> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (java.net.http.HttpTimeoutException e) {
                LOG.warn("Docs page {} skipped: no answer within {}", target, properties.pageTimeout());
                return Optional.empty();
            }
            int status = response.statusCode();
            if (status >= 300 && status < 400) {
                response.body().close();
                Optional<URI> next = response.headers().firstValue("Location").flatMap(l -> resolve(response.uri(), l));
                if (next.isEmpty() || !properties.sitemap().getHost().equalsIgnoreCase(next.get().getHost())) {
                    LOG.warn("Docs page {} skipped: redirected off the docs' host", target);
                    return Optional.empty();
                }
                target = next.get();
                continue;
            }
            try (InputStream body = response.body()) {
                if (status != 200) {
                    LOG.warn("Docs page {} skipped: HTTP {}", target, status);
                    return Optional.empty();
                }
                String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
                if (!type.isEmpty() && !type.contains("html") && !type.contains("xml")) {
                    LOG.warn("Docs page {} skipped: not HTML ({})", target, type);
                    return Optional.empty();
                }
                byte[] bytes = readWithin(body, target);
                if (bytes == null) {
                    return Optional.empty();
                }
                if (bytes.length > properties.maxPageBytes()) {
                    LOG.warn("Docs page {} skipped: larger than {} bytes", target, properties.maxPageBytes());
                    return Optional.empty();
                }
                return Optional.of(new Fetched(target, new String(bytes, StandardCharsets.UTF_8)));
            }
        }
        LOG.warn("Docs page {} skipped: too many redirects", uri);
        return Optional.empty();
    }

    /** At most {@code maxPageBytes + 1} bytes of the body, within the page timeout; null when it takes longer. */
    private byte[] readWithin(InputStream body, URI target) throws IOException, InterruptedException {
        java.util.concurrent.FutureTask<byte[]> read = new java.util.concurrent.FutureTask<>(
                () -> body.readNBytes(properties.maxPageBytes() + 1));
        Thread.ofVirtual().start(read);
        try {
            return read.get(properties.pageTimeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            body.close(); // cancels the download, which ends the read
            LOG.warn("Docs page {} skipped: its body did not arrive within {}", target, properties.pageTimeout());
            return null;
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    private static Optional<URI> resolve(URI base, String link) {
        try {
            URI uri = base.resolve(link.strip());
            return "http".equals(uri.getScheme()) || "https".equals(uri.getScheme()) ? Optional.of(uri) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
