package app.capgo.supportdesk.docs;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A docs site of our own writing ({@code docs-site/pages.txt}) served over real HTTP on loopback, in
 * Starlight's HTML shape, with a sitemap index, and pages that misbehave: one that never answers in
 * time, one too large, one redirected to another host, one redirected within the site, one not HTML.
 */
public final class DocsSite implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, String> pages = new LinkedHashMap<>();
    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicInteger maxConcurrent = new AtomicInteger();
    private final AtomicInteger concurrent = new AtomicInteger();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final List<String> userAgents = new java.util.concurrent.CopyOnWriteArrayList<>();

    public DocsSite() {
        this(0);
    }

    /** The site, plus {@code filler} generated reference pages of four sections each (for the size benchmark). */
    public DocsSite(int filler) {
        load();
        String[] words = {"bundle", "channel", "device", "upload", "version", "native", "plugin", "storage", "release",
                "rollout", "statistics", "organisation", "member", "invoice", "build", "config", "network", "cache"};
        for (int i = 0; i < filler; i++) {
            StringBuilder html = new StringBuilder("<title>Reference " + i + " | Docs</title><h1 id=\"_top\">Reference " + i
                    + "</h1>\n<div class=\"sl-markdown-content\"><p>Reference page " + i + " of the generated part.</p>");
            for (int j = 0; j < 4; j++) {
                html.append("<h2 id=\"part-").append(j).append("\">Part ").append(j).append(" of reference ").append(i)
                        .append("</h2><p>");
                for (int w = 0; w < 120; w++) {
                    html.append(words[(i * 7 + j * 13 + w * 5) % words.length]).append(w % 12 == 11 ? ". " : " ");
                }
                html.append("</p>");
            }
            pages.put("/docs/reference/page-" + i + "/", page(html));
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String sitemap() {
        return base() + "/sitemap-index.xml";
    }

    /** From now on every request fails (HTTP 503), as a site being redeployed would. */
    public void goDown() {
        down.set(true);
    }

    public void comeBack() {
        down.set(false);
    }

    /** The most requests the site served at once. */
    public int maxConcurrent() {
        return maxConcurrent.get();
    }

    public List<String> userAgents() {
        return List.copyOf(userAgents);
    }

    /** The paths of the docs pages that are well-formed and on the site. */
    public List<String> docsPages() {
        return pages.keySet().stream().filter(p -> p.startsWith("/docs/")).toList();
    }

    private void load() {
        try (InputStream in = DocsSite.class.getResourceAsStream("/docs-site/pages.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String path = null;
            StringBuilder html = new StringBuilder();
            for (String line : text.split("\n")) {
                if (line.startsWith("# ") || line.isBlank()) {
                    continue;
                }
                if (line.startsWith("= ")) {
                    if (path != null) {
                        pages.put(path, page(html));
                    }
                    String[] head = line.substring(2).split("\\|", 2);
                    path = head[0].strip();
                    html = new StringBuilder("<h1 id=\"_top\">" + head[1].strip() + "</h1>\n<div class=\"sl-markdown-content\">");
                    html.insert(0, "<title>" + head[1].strip() + " | Docs</title>");
                } else if (line.startsWith("## ")) {
                    String[] head = line.substring(3).split("\\|", 2);
                    html.append("<h2 id=\"").append(head[0].strip()).append("\">").append(head[1].strip())
                            .append("<a class=\"anchor\" href=\"#").append(head[0].strip()).append("\">#</a></h2>\n");
                } else {
                    html.append("<p>").append(line.strip()).append("</p>\n");
                }
            }
            pages.put(path, page(html));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String page(StringBuilder content) {
        String title = content.substring(content.indexOf("<title>"), content.indexOf("</title>") + 8);
        String body = content.substring(content.indexOf("</title>") + 8);
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">" + title
                + "<script>window.theme='dark'</script></head><body><header><nav><a href=\"/\">Docs</a> <a href=\"/docs/faq/\">FAQ</a>"
                + "</nav></header><nav class=\"sidebar\"><ul><li>Quickstart</li><li>Channels</li></ul></nav><main>"
                + "<div class=\"content-panel\">" + body + "</div></div></main><footer>Footer text</footer></body></html>";
    }

    private String sitemapIndex() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<sitemap><loc>" + base() + "/sitemap-0.xml</loc></sitemap>"
                + "<sitemap><loc>http://docs.elsewhere.example/sitemap.xml</loc></sitemap></sitemapindex>";
    }

    private String urlset() {
        List<String> locs = new ArrayList<>(pages.keySet());
        locs.addAll(List.of("/docs/slow/", "/docs/huge/", "/docs/moved-away/", "/docs/moved-here/", "/docs/manual.pdf"));
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        locs.forEach(l -> xml.append("<url><loc>").append(base()).append(l).append("</loc></url>"));
        xml.append("<url><loc>http://docs.elsewhere.example/docs/other/</loc></url>");
        return xml.append("</urlset>").toString();
    }

    private void handle(HttpExchange exchange) throws IOException {
        userAgents.add(String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent")));
        maxConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (down.get()) {
                send(exchange, 503, "text/plain", "down");
                return;
            }
            switch (path) {
                case "/sitemap-index.xml" -> send(exchange, 200, "application/xml", sitemapIndex());
                case "/sitemap-0.xml" -> send(exchange, 200, "application/xml", urlset());
                case "/docs/slow/" -> {
                    try {
                        closing.await(); // never answers while the site is up
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                case "/docs/huge/" -> send(exchange, 200, "text/html", "<main><h2 id=\"big\">Big</h2><p>"
                        + "x".repeat(3_000_000) + "</p></main>");
                case "/docs/moved-away/" -> redirect(exchange, "http://docs.elsewhere.example/docs/moved-away/");
                case "/docs/moved-here/" -> redirect(exchange, base() + "/docs/faq/");
                case "/docs/manual.pdf" -> send(exchange, 200, "application/pdf", "%PDF-1.4 not a page");
                default -> {
                    String page = pages.get(path);
                    if (page == null) {
                        send(exchange, 404, "text/plain", "not found");
                    } else {
                        send(exchange, 200, "text/html; charset=utf-8", page);
                    }
                }
            }
        } finally {
            concurrent.decrementAndGet();
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
    }
}
