package app.capgo.supportdesk.docs;

import app.capgo.supportdesk.base.ui.NativeTextArea;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Where customers meet the docs: the home page's search as they type, and the {@code q} deep link. */
@SpringBootTest
class DocsPagesTest extends SpringBrowserlessTest {

    static final DocsSite SITE = new DocsSite();

    @DynamicPropertySource
    static void docs(DynamicPropertyRegistry registry) throws Exception {
        registry.add("support.docs.sitemap", SITE::sitemap);
        registry.add("support.docs.folder", () -> {
            try {
                return Files.createTempDirectory("docs-pages").toString();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        registry.add("support.docs.page-timeout", () -> "3s");
    }

    @AfterAll
    static void stop() {
        SITE.close();
    }

    @Autowired
    DocsLibrary library;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @BeforeEach
    void indexed() {
        if (library.search("keyMismatch", 1).isEmpty()) {
            library.refresh();
        }
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private List<Anchor> results() {
        return find(Anchor.class).all().stream().filter(a -> a.getElement().hasAttribute("data-docs-result")).toList();
    }

    @Test
    void the_home_search_answers_as_the_customer_types_and_asking_keeps_the_text() {
        UI.getCurrent().navigate("");
        find(NativeTextArea.class).id("docs-search").setValue("E/Updater: bundle refused keyMismatch");
        assertThat(results()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(results().getFirst().getHref()).isEqualTo(SITE.base() + "/docs/live-updates/encryption/#keymismatch");
        assertThat(results().getFirst().getElement().getAttribute("target")).isEqualTo("_blank");
        assertThat(find(Span.class).withClassName("docs-explains").first().getText())
                .isEqualTo("Capgo’s docs explain keyMismatch");
        assertThat(find(Span.class).withClassName("docs-mark").all()).as("matching words marked").isNotEmpty();
        assertThat(find(Anchor.class).id("docs-ask").getHref())
                .isEqualTo("support?q=E%2FUpdater%3A%20bundle%20refused%20keyMismatch");
    }

    @Test
    void did_it_help_is_one_tap_counted_and_no_goes_on_into_the_flow_with_the_text() {
        UI.getCurrent().navigate("");
        find(NativeTextArea.class).id("docs-search").setValue("checksum_fail");
        double yesBefore = meters.counter("support.docs.answered", "answer", "yes").count();
        test(find(NativeButton.class).id("docs-helped-yes")).click();
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).id("docs-thanks").getText()).startsWith("Glad it helped.");
        assertThat(meters.counter("support.docs.answered", "answer", "yes").count()).isEqualTo(yesBefore + 1);

        find(NativeTextArea.class).id("docs-search").setValue("checksum_fail again");
        test(find(NativeButton.class).id("docs-helped-no")).click();
        assertThat(meters.counter("support.docs.answered", "answer", "no").count()).isPositive();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("support?q=checksum_fail%20again");
        assertThat(meters.counter("support.docs.searches", "outcome", "found").count()).isPositive();
    }

    @Test
    void a_q_link_shows_the_suggestions_best_first_and_the_draft_starts_with_the_text() {
        UI.getCurrent().navigate("support", QueryParameters.fromString(
                "q=download_0%20again&topic=troubleshooting&plan=maker&email=registered&access=developer&impact=component"));
        Div suggestions = find(Div.class).id("docs-suggestions");
        assertThat(suggestions).isNotNull();
        assertThat(results().getFirst().getHref()).isEqualTo(SITE.base() + "/docs/plugin/debugging/#download_0");
        assertThat(org.jsoup.Jsoup.parseBodyFragment(find(com.vaadin.flow.component.Component.class).id("draft-fields")
                .getElement().getProperty("innerHTML", "")).getElementById("draft-description").text()).isEqualTo("download_0 again");
    }

    @Test
    void the_french_page_says_the_docs_are_in_english() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().navigate("support", QueryParameters.fromString("q=roll%20back%20bundle"));
        assertThat(find(Div.class).id("docs-suggestions").getElement().getTextRecursively())
                .contains("La documentation de Capgo est en anglais.", "La documentation de Capgo répond peut-être déjà");
        assertThat(results()).isNotEmpty();
    }
}
