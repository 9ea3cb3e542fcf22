package app.capgo.supportdesk.docs;

import app.capgo.supportdesk.base.ui.NativeTextArea;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page's docs search as the customer types: the server's time for one keystroke's round
 * trip (the value arrives, the docs are searched, the suggestions are built and the response is
 * written), in-process (browserless), over the docs site with 580 generated reference pages (about
 * the size of Capgo's docs). Texts typed one character at a time, as the field sends them while the
 * customer types; median and p95 of every keystroke after a warm-up text. Writes {@code
 * target/benchmark-docs-keystroke.txt}.
 */
@Tag("benchmark")
@SpringBootTest
class DocsKeystrokeBenchmarkTest extends SpringBrowserlessTest {

    static final DocsSite SITE = new DocsSite(580);

    private static final List<String> TEXTS = List.of(
            "bundle rejected keyMismatch after upload",
            "E/CapacitorUpdater: checksum_fail on every device",
            "how do I roll back a channel to the previous version",
            "statistics do not show the new release rollout",
            "invoice for my organisation member plan");

    @DynamicPropertySource
    static void docs(DynamicPropertyRegistry registry) throws Exception {
        registry.add("support.docs.sitemap", SITE::sitemap);
        registry.add("support.docs.folder", () -> {
            try {
                return Files.createTempDirectory("docs-keystroke").toString();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @AfterAll
    static void stop() {
        SITE.close();
    }

    @Autowired
    DocsLibrary library;

    @Test
    void a_keystroke_in_the_home_search() throws Exception {
        library.refresh();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("", Component.class);
        NativeTextArea field = find(NativeTextArea.class).id("docs-search");
        type(field, TEXTS.getFirst()); // warm-up
        List<Double> millis = new ArrayList<>();
        for (String text : TEXTS) {
            millis.addAll(type(field, text));
        }
        assertThat(find(Anchor.class).all().stream().anyMatch(a -> a.getElement().hasAttribute("data-docs-result")))
                .as("the last text finds suggestions").isTrue();
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        String report = String.format(Locale.ROOT, "Docs search as you type, server time per keystroke round trip"
                        + " (browserless, in-process, %d pages on the site, %d keystrokes): median %.2f ms, p95 %.2f ms,"
                        + " max %.2f ms%nmachine: %d cores, Java %s%n", SITE.docsPages().size(), sorted.length,
                percentile(sorted, 50), percentile(sorted, 95), sorted[sorted.length - 1],
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.print(report);
        Files.writeString(Path.of("target", "benchmark-docs-keystroke.txt"), report);
    }

    /** Types {@code text} one character at a time; the time of each keystroke's round trip, in ms. */
    private List<Double> type(NativeTextArea field, String text) {
        List<Double> times = new ArrayList<>();
        field.setValue("");
        roundTrip();
        for (int i = 1; i <= text.length(); i++) {
            long start = System.nanoTime();
            field.setValue(text.substring(0, i));
            roundTrip();
            times.add((System.nanoTime() - start) / 1e6);
        }
        return times;
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
