package app.capgo.supportdesk.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.ColorScheme;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A real Chromium for end-to-end tests: the system's one when there is one ({@code CHROME_PATH},
 * else {@code /usr/bin/chromium}), otherwise the browser Playwright manages itself.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;
    private final Map<ContextKey, Deque<BrowserContext>> idle = new HashMap<>();
    private final Map<Page, ContextKey> lent = new HashMap<>();

    private record ContextKey(String locale, String timezone) {
    }

    /** Assertions wait this long (Playwright's 5 s default is short for a loaded 2-core CI machine). */
    private static final double ASSERTION_TIMEOUT_MS = 15_000;

    public Browser() {
        PlaywrightAssertions.setDefaultAssertionTimeout(ASSERTION_TIMEOUT_MS);
        playwright = Playwright.create();
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(List.of(
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic"));
        systemChromium().ifPresent(options::setExecutablePath);
        browser = playwright.chromium().launch(options);
    }

    public static Optional<Path> systemChromium() {
        return Stream.of(System.getenv("CHROME_PATH"), "/usr/bin/chromium", "/usr/bin/chromium-browser")
                .filter(p -> p != null && !p.isBlank())
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** A new page, alone in its context (a visitor of its own), in the browser language at that viewport width. */
    public Page newPage(String locale, int width) {
        return newPage(locale, width, "UTC");
    }

    /**
     * A new page whose browser reports {@code timezone} (an IANA id), alone in its context: no cookie,
     * no permission, no other tab, so a session of its own. The context may be one a closed page left
     * (cleared, its HTTP cache kept): Vaadin's development bundle is then not fetched and compiled
     * again, which saves about 2.5 s a page on a 2-core machine.
     */
    public Page newPage(String locale, int width, String timezone) {
        ContextKey key = new ContextKey(locale, timezone);
        Deque<BrowserContext> free = idle.computeIfAbsent(key, k -> new ArrayDeque<>());
        BrowserContext context = free.isEmpty() ? browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale(locale).setViewportSize(width, 900).setTimezoneId(timezone)) : free.pop();
        Page page = context.newPage();
        page.setViewportSize(width, 900);
        lent.put(page, key);
        page.onClose(closed -> giveBack(closed, context));
        return page;
    }

    /** Closes every page {@link #newPage} gave and not yet closed: the end of a test. */
    public void closePages() {
        List.copyOf(lent.keySet()).forEach(Page::close);
    }

    private void giveBack(Page page, BrowserContext context) {
        ContextKey key = lent.remove(page);
        if (key == null) {
            return;
        }
        // tabs the page opened (links to other sites) go with it
        List.copyOf(context.pages()).forEach(Page::close);
        context.clearCookies();
        context.clearPermissions();
        idle.get(key).push(context);
    }

    /** A fresh context of {@code width} x {@code height} px in {@code locale}, {@code timezone} and {@code scheme}. */
    public BrowserContext newContext(String locale, int width, int height, String timezone, ColorScheme scheme) {
        return browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale(locale).setViewportSize(width, height).setTimezoneId(timezone).setColorScheme(scheme));
    }

    /** Waits until Vaadin has no server round trip in flight. */
    public static void settle(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }

    /**
     * Waits for the CSS transitions under way to end (a colour scheme switched in place fades the
     * fields' colours for a moment): what is checked is what the customer sees once it is drawn.
     */
    public static void settleTransitions(Page page) {
        page.waitForFunction("() => document.getAnimations()"
                + ".every(a => !(a instanceof CSSTransition) || a.playState !== 'running')");
    }

    public static void screenshot(Page page, String name) {
        fullPage(page, SCREENSHOTS.resolve(name + ".png"));
    }

    /**
     * The whole page as a picture. What {@code content-visibility: auto} leaves unpainted until it
     * nears the screen (most of {@code /sla}) is painted first, as a customer scrolling sees it.
     */
    public static void fullPage(Page page, java.nio.file.Path file) {
        page.addStyleTag(new Page.AddStyleTagOptions().setContent("* { content-visibility: visible !important; }"));
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    }

    /** The serious or critical accessibility violations axe-core finds on the page, by rule id. */
    public static List<String> seriousViolations(Page page) {
        // Vaadin's development tools (Copilot) are not part of the app.
        AxeResults results = new AxeBuilder(page).exclude(List.of("copilot-main")).exclude(List.of("vaadin-dev-tools"))
                .analyze();
        return results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(Browser::describe)
                .toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getNodes().stream()
                .map(n -> String.valueOf(n.getTarget())).toList();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
