package app.capgo.supportdesk.insights.ui;

import app.capgo.supportdesk.insights.Entry;
import app.capgo.supportdesk.insights.InsightCounts;
import app.capgo.supportdesk.insights.InsightPeriod;
import app.capgo.supportdesk.insights.InsightReports;
import app.capgo.supportdesk.insights.Measure;
import app.capgo.supportdesk.security.ui.LoginView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /insights in browserless tests, in a context of its own (the property is the default's value). On
 * the context shared with the other browserless tests, after all the classes before it in the full
 * run, the mock users were not seen by the access check (the sign-in page showed); alone, or after a
 * few of those classes, they were. The cause is not found yet (each Spring context installs a
 * JVM-wide Vaadin-aware security-context strategy: a suspect, not reproduced).
 */
@SpringBootTest
@org.springframework.test.context.TestPropertySource(properties = "support.insights.gap-retention=90d")
class InsightsViewTest extends SpringBrowserlessTest {

    @Autowired
    InsightCounts counts;
    @Autowired
    InsightReports reports;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void emptyCounts() {
        counts.flush();
        jdbc.sql("DELETE FROM insight_count").update();
        jdbc.sql("DELETE FROM content_gap").update();
    }

    private void count(int n, Measure measure, String detail, Locale language) {
        for (int i = 0; i < n; i++) {
            counts.count(measure, detail, language, Entry.LINK);
        }
    }

    private String figure(String key) {
        return find(Span.class).id("insights-figure-" + key).getText();
    }

    private Object target() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    @Test
    void an_anonymous_visitor_is_sent_to_sign_in() {
        UI.getCurrent().navigate("insights");
        assertThat(target()).isInstanceOf(LoginView.class);
    }

    @Test
    @WithMockUser(username = "sam", roles = "SUPPORT")
    void a_support_user_reads_the_insights_but_cannot_open_the_sales_inbox() {
        UI.getCurrent().navigate("insights");
        assertThat(target()).isInstanceOf(InsightsView.class);
        UI.getCurrent().navigate("sales");
        assertThat(target()).isNotInstanceOf(InsightsView.class)
                .satisfies(t -> assertThat(t.getClass().getSimpleName()).isNotEqualTo("InboxView"));
    }

    @Test
    @WithMockUser(username = "dana", roles = "SALES")
    void a_sales_user_reads_exactly_what_was_counted_with_its_definitions() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        count(10, Measure.FLOW_STARTED, "", Locale.ENGLISH);
        count(8, Measure.STEP_REACHED, "topic", Locale.ENGLISH);
        count(3, Measure.FLOW_LEFT, "topic", Locale.ENGLISH);
        count(4, Measure.VERDICT_SHOWN, "community/not-covered", Locale.ENGLISH);
        count(3, Measure.VERDICT_SHOWN, "official/in-scope", Locale.ENGLISH);
        count(4, Measure.DOCS_SEARCHED, "found", Locale.ENGLISH);
        count(1, Measure.DOCS_ANSWERED, "yes", Locale.ENGLISH);
        count(2, Measure.PREMIUM_SUBMITTED, "", Locale.FRENCH);
        counts.gap("how to <b>rollback</b> a bundle", Locale.ENGLISH);
        UI.getCurrent().navigate("insights");

        assertThat(figure("docs")).isEqualTo("25%");
        assertThat(figure("routed")).isEqualTo("57%");
        assertThat(figure("flows")).isEqualTo("10");
        assertThat(figure("premium")).isEqualTo("2");
        var section = find(com.vaadin.flow.component.html.Section.class).id("insights-funnel");
        assertThat(find(NativeTable.class).from(section).all()).as("made when first opened").isEmpty();
        var numbers = find(com.vaadin.flow.component.html.NativeDetails.class).from(section).single();
        numbers.setOpen(true);
        com.vaadin.flow.component.ComponentUtil.fireEvent(numbers,
                new com.vaadin.flow.component.html.NativeDetails.ToggleEvent(numbers, true));
        NativeTable funnel = find(NativeTable.class).from(section).single();
        assertThat(rows(funnel)).containsExactly(
                List.of("Flows started", "10", "", "100%"),
                List.of("Topic", "8", "3", "80%"),
                List.of("Verdict shown", "7", "", "70%"));
        assertThat(find(com.vaadin.flow.component.Svg.class).from(find(com.vaadin.flow.component.html.Section.class)
                .id("insights-reasons")).single().getElement().getProperty("innerHTML"))
                .contains("Not covered by support").contains("4 · 57%");
        assertThat(reports.read(InsightPeriod.last(30, LocalDate.now(ZoneOffset.UTC), Optional.empty()), 10).gaps())
                .extracting(g -> g.term()).containsExactly("how to <b>rollback</b> a bundle");

        // French only: the premium inquiries, nothing else.
        test(find(Select.class).id("insights-language")).selectItem("French");
        assertThat(figure("flows")).isEqualTo("0");
        assertThat(figure("premium")).isEqualTo("2");
        assertThat(figure("docs")).as("no list shown: no percentage").isEqualTo("—");
    }

    @Test
    @WithMockUser(username = "dana", roles = "SALES")
    void dates_out_of_order_say_so_and_keep_the_figures_shown() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        count(5, Measure.FLOW_STARTED, "", Locale.ENGLISH);
        UI.getCurrent().navigate("insights");
        test(find(Select.class).id("insights-range")).selectItem("Dates");
        DatePicker from = find(DatePicker.class).id("insights-from");
        DatePicker to = find(DatePicker.class).id("insights-to");
        assertThat(from.isVisible()).isTrue();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        test(from).setValue(today);
        test(to).setValue(today.minusDays(3));
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).contains("at most 366 days");
        assertThat(figure("flows")).isEqualTo("5");
        test(to).setValue(today);
        assertThat(to.isInvalid()).isFalse();
        assertThat(find(Paragraph.class).id("insights-showing").getText()).startsWith("From ").contains("all languages");
    }

    @Test
    @WithMockUser(username = "sam", roles = "SUPPORT")
    void the_content_gaps_export_is_in_the_readers_language_and_never_a_formula() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        counts.gap("=cmd|' /C calc'!A0 mise à jour", Locale.FRENCH);
        UI.getCurrent().navigate("insights");
        InsightsView view = (InsightsView) target();
        String csv = view.gapsCsv(reports.read(InsightPeriod.last(30, LocalDate.now(ZoneOffset.UTC), Optional.empty()),
                10).gaps());
        assertThat(csv).startsWith("Recherche,Nombre,Dernière fois\r\n").contains("\r\n'=cmd|' /c calc'!a0 mise à jour,1,");
    }

    private static List<List<String>> rows(NativeTable table) {
        return table.getBody().getRows().stream()
                .map(r -> r.getAllCells().stream().map(c -> c.getElement().getText()).toList()).toList();
    }
}
