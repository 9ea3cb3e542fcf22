package app.capgo.supportdesk.sla.ui;

import app.capgo.supportdesk.policy.Severity;
import app.capgo.supportdesk.policy.SlaColumn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import app.capgo.supportdesk.base.ui.ChoiceGroup;
import app.capgo.supportdesk.base.ui.NativeInput;
import app.capgo.supportdesk.base.ui.NativeSelect;
import app.capgo.supportdesk.base.ui.NativeTextArea;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinSession;
import app.capgo.supportdesk.base.ui.Frozen;
import app.capgo.supportdesk.base.ui.StaticHtml;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class SlaViewTest extends SpringBrowserlessTest {

    @BeforeEach
    void open() {
        language(Locale.ENGLISH);
    }

    private void language(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
        SlaPage.built(navigate(SlaView.class));
    }

    @Test
    void the_credit_calculator_and_the_terms_come_once_one_round_trip_after_the_page() {
        UI.getCurrent().navigate("");
        SlaView view = navigate(SlaView.class);
        assertThat(find(Div.class).id("credit").getChildren()).as("the credit calculator's place, empty").isEmpty();
        assertThat(find(NativeInput.class).withId("credit-fee").all()).isEmpty();
        assertThat(view.getChildren().map(c -> c.getId().orElse(""))).as("no terms yet").containsExactly("", "", "deadline", "credit");
        assertThat(input("deadline-zone").getValue()).as("the deadline calculator comes with the page").isNotBlank();

        SlaPage.built(view);
        SlaPage.built(view);
        assertThat(find(NativeInput.class).withId("credit-fee").all()).as("built once").hasSize(1);
        assertThat(find(Div.class).id("credit").getChildren()).hasSize(1);
        assertThat(view.getChildren().skip(2).limit(2).map(c -> c.getId().orElse(""))).containsExactly("deadline", "credit");
        assertThat(view.getChildren().skip(4).map(SlaViewTest::frozenId)).as("the terms after it, in order")
                .containsExactly("sla-who-section", "sla-targets-section", "sla-uptime-section",
                        "sla-exclusions-section", "sla-how-we-count");
    }

    /** A frozen part's id, or its first element's. */
    private static String frozenId(com.vaadin.flow.component.Component part) {
        StaticHtml frozen = (StaticHtml) part;
        return frozen.getId().orElseGet(() -> org.jsoup.Jsoup.parseBodyFragment(frozen.getInnerHtml())
                .body().child(0).id());
    }

    @SuppressWarnings("unchecked")
    private void deadline(Severity severity, SlaColumn plan, String start, String zone) {
        ((NativeSelect<Severity>) find(NativeSelect.class).id("deadline-severity")).setValue(severity);
        ((NativeSelect<SlaColumn>) find(NativeSelect.class).id("deadline-plan")).setValue(plan);
        input("deadline-zone").setValue(zone);
        LocalDateTime at = LocalDateTime.parse(start);
        input("deadline-start-date").setValue(at.toLocalDate().toString());
        input("deadline-start-time").setValue(at.toLocalTime().toString());
    }

    private NativeInput input(String id) {
        return find(NativeInput.class).id(id);
    }

    private String error(String id) {
        return find(Paragraph.class).withId(id + "-error").all().stream().filter(Paragraph::isVisible)
                .map(Paragraph::getText).findFirst().orElse("");
    }

    private Div deadlineResult() {
        return find(Div.class).id("deadline-result");
    }

    @SuppressWarnings("unchecked")
    private void credit(String month, String availability, String fee) {
        ((NativeSelect<YearMonth>) find(NativeSelect.class).id("credit-month")).setValue(YearMonth.parse(month));
        input("credit-availability").setValue(availability);
        input("credit-fee").setValue(fee);
    }

    private Div creditResult() {
        return find(Div.class).id("credit-result");
    }

    private Document terms() {
        return Frozen.page(find(StaticHtml.class).all());
    }

    private org.jsoup.nodes.Element term(String id) {
        return Frozen.element(find(StaticHtml.class).all(), id);
    }

    @Test
    void the_page_renders_the_policy_tables_from_the_core() {
        Elements targets = term("sla-targets").select("tbody tr");
        assertThat(targets).hasSize(4);
        assertThat(targets.get(1).select("td")).extracting(org.jsoup.nodes.Element::text).containsExactly(
                "1 business day, Monday to Friday 06:00-18:00", "2 business hours, Monday to Friday 06:00-18:00",
                "2 hours, 24/7/365");
        assertThat(term("sla-credits").select("tbody tr")).hasSize(5);
        assertThat(term("sla-exclusions-live-update").children()).hasSize(5);
        assertThat(term("sla-exclusions-general").children()).hasSize(7);
        assertThat(term("sla-commitment").text()).contains("99.9 %").contains("as measured by Capgo").contains("you may claim");
    }

    @Test
    void the_terms_reach_the_browser_as_frozen_html_with_no_server_node_below_them() {
        assertThat(find(StaticHtml.class).all()).hasSizeGreaterThanOrEqualTo(5).allSatisfy(part ->
                assertThat(part.getElement().getChildCount()).isZero());
        assertThat(find(NativeTable.class).all()).as("the tables are HTML, not components").isEmpty();
        assertThat(terms().select("a[href^=https://capgo.app]")).isNotEmpty()
                .allSatisfy(a -> assertThat(a.attr("rel")).contains("noopener"));
    }

    @Test
    void a_business_hours_deadline_across_a_weekend_is_explained() {
        deadline(Severity.HIGH, SlaColumn.ENTERPRISE, "2026-11-27T17:30", "Europe/Paris");
        assertThat(deadlineResult().getElement().getAttribute("data-deadline")).isEqualTo("2026-11-30T06:30:00Z");
        assertThat(find(Paragraph.class).id("deadline-explanation").getText()).isEqualTo(
                "Friday 17:30 + 2 business hours: 30 min on Friday, 1 h 30 on Monday from 06:00, so Monday 07:30.");
    }

    @Test
    void a_deadline_across_the_autumn_dst_change_keeps_local_business_hours() {
        deadline(Severity.NORMAL, SlaColumn.TEAM, "2026-10-30T17:30", "America/New_York");
        // Friday 17:30 EDT + 12 business hours = Monday 17:30 EST = 22:30 UTC.
        assertThat(deadlineResult().getElement().getAttribute("data-deadline")).isEqualTo("2026-11-02T22:30:00Z");
    }

    @Test
    void a_24_7_deadline_is_wall_clock_time() {
        deadline(Severity.URGENT, SlaColumn.TEAM, "2026-03-07T12:00", "America/New_York");
        // 24 hours later across the spring change: Sunday 13:00 EDT.
        assertThat(deadlineResult().getElement().getAttribute("data-deadline")).isEqualTo("2026-03-08T17:00:00Z");
        assertThat(find(Paragraph.class).id("deadline-explanation").getText())
                .isEqualTo("Saturday 12:00 + 24 hours, around the clock, so Sunday 13:00.");
    }

    @ParameterizedTest(name = "{0}% gives {1}%")
    @CsvSource({"99.9, 0, 0.00", "99.89, 10, 100.00", "99.0, 10, 100.00", "98.99, 10, 100.00", "98.0, 10, 100.00", "97.99, 15, 150.00", "97.0, 15, 150.00",
            "96.99, 20, 200.00", "95.0, 20, 200.00", "94.99, 30, 300.00", "0, 30, 300.00"})
    void every_credit_band_edge(String availability, int percent, String amount) {
        credit("2026-11", availability, "1000");
        assertThat(creditResult().getElement().getAttribute("data-percent")).isEqualTo(String.valueOf(percent));
        assertThat(creditResult().getElement().getAttribute("data-amount")).isEqualTo(amount);
        assertThat(creditResult().getElement().getAttribute("data-claim-by")).isEqualTo("2026-12-30");
    }

    @Test
    @SuppressWarnings("unchecked")
    void downtime_in_minutes_gives_the_availability_of_that_month() {
        ((ChoiceGroup<Object>) find(ChoiceGroup.class).id("credit-mode")).setValue(
                app.capgo.supportdesk.sla.CreditCalculation.Mode.DOWNTIME);
        ((NativeSelect<YearMonth>) find(NativeSelect.class).id("credit-month")).setValue(YearMonth.of(2026, 2));
        assertThat(find(Paragraph.class).id("credit-downtime-help").getText()).contains("from 0 to 40,320");
        assertThat(find(NativeInput.class).withId("credit-availability").all()).as("hidden with its label").isEmpty();
        input("credit-downtime").setValue("2017");
        input("credit-fee").setValue("500");
        assertThat(creditResult().getElement().getAttribute("data-percent")).isEqualTo("30");
        assertThat(creditResult().getElement().getAttribute("data-claim-by")).isEqualTo("2026-03-30");
    }

    @Test
    void impossible_input_gets_a_clear_message_and_no_result() {
        credit("2026-11", "101", "1000");
        NativeInput availability = input("credit-availability");
        assertThat(availability.getElement().getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(availability.getElement().getAttribute("aria-describedby"))
                .isEqualTo("credit-availability-help credit-availability-error");
        assertThat(error("credit-availability")).isEqualTo("The availability must lie between 0 and 100 %.");
        assertThat(creditResult().getElement().hasAttribute("data-percent")).isFalse();

        availability.setValue("98");
        input("credit-fee").setValue("-5");
        assertThat(error("credit-fee")).isEqualTo("The fee cannot be negative.");
        assertThat(error("credit-availability")).isEmpty();
        assertThat(availability.getElement().hasAttribute("aria-invalid")).isFalse();
    }

    @Test
    void french_accepts_a_decimal_comma_and_answers_in_french() {
        language(Locale.FRENCH);
        credit("2026-11", "98,5", "1 000,00");
        assertThat(creditResult().getElement().getAttribute("data-percent")).isEqualTo("10");
        assertThat(creditResult().getElement().getAttribute("data-amount")).isEqualTo("100.00");
        assertThat(creditResult().getChildren().findFirst().orElseThrow().getElement().getText()).startsWith("Vous pouvez demander un crédit de 10 %").contains("disponibilité 98,5 %");

        input("credit-availability").setValue("quatre-vingt");
        assertThat(error("credit-availability"))
                .isEqualTo("Saisissez la disponibilité sous forme de nombre, comme 98,5 ou 98.5.");
    }

    @Test
    void the_claim_email_carries_account_month_and_outages() {
        credit("2026-10", "97.5", "100");
        input("credit-account").setValue("ops@example.com");
        find(NativeTextArea.class).id("credit-outages").setValue("Oct 3 10:00-12:30 UTC");
        String href = find(Anchor.class).id("credit-claim").getHref();
        assertThat(href).startsWith("mailto:support@capgo.app?subject=SLA%20service%20credit%20claim%3A%20October%202026")
                .contains("ops%40example.com", "Oct%203%2010%3A00-12%3A30%20UTC");
    }

    @Test
    void an_incomplete_date_or_an_unknown_zone_drops_the_deadline_and_says_what_to_fix() {
        deadline(Severity.HIGH, SlaColumn.ENTERPRISE, "2026-11-27T17:30", "Europe/Paris");
        input("deadline-start-date").setValue(""); // what the browser sends while a date is incomplete
        assertThat(deadlineResult().getElement().hasAttribute("data-deadline")).isFalse();
        assertThat(deadlineResult().getElement().getTextRecursively()).contains("Fill in every field");
        assertThat(error("deadline-start-date")).isEqualTo("Enter a complete date: day, month and year.");
        assertThat(input("deadline-start-date").getElement().getAttribute("aria-invalid")).isEqualTo("true");

        input("deadline-start-date").setValue("2026-11-27");
        input("deadline-zone").setValue("Europe/Pari");
        assertThat(deadlineResult().getElement().hasAttribute("data-deadline")).isFalse();
        assertThat(error("deadline-zone")).as("no error while the customer is still typing").isEmpty();
        fire(input("deadline-zone"), "change");
        assertThat(error("deadline-zone")).isEqualTo("Choose a time zone the list suggests, such as Europe/Paris.");

        input("deadline-zone").setValue("Europe/Paris");
        assertThat(error("deadline-zone")).isEmpty();
        assertThat(deadlineResult().getElement().getAttribute("data-deadline")).isEqualTo("2026-11-30T06:30:00Z");
    }

    @Test
    void the_zones_are_suggested_by_one_datalist_holding_every_customer_zone_once_the_field_is_reached() {
        assertThat(datalists()).as("not sent with the page").isEmpty();
        fire(input("deadline-zone"), "focus");
        fire(input("deadline-zone"), "focus");
        assertThat(datalists()).as("sent once").hasSize(1);
        var list = datalists().getFirst();
        assertThat(list.getElement().getAttribute("id")).isEqualTo("deadline-zones");
        assertThat(input("deadline-zone").getElement().getAttribute("list")).isEqualTo("deadline-zones");
        assertThat(list.getInnerHtml()).contains("<option value=\"Europe/Paris\"></option>")
                .contains("<option value=\"UTC\"></option>");
        assertThat(list.getInnerHtml().split("<option").length - 1)
                .isEqualTo(app.capgo.supportdesk.base.CustomerZones.ALL.size());
    }

    private java.util.List<com.vaadin.flow.component.Html> datalists() {
        return find(com.vaadin.flow.component.Html.class).all().stream()
                .filter(h -> "datalist".equals(h.getElement().getTag())).toList();
    }

    private static void fire(com.vaadin.flow.component.Component field, String event) {
        field.getElement().getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class)
                .fireEvent(new com.vaadin.flow.dom.DomEvent(field.getElement(), event,
                        tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()));
    }

    @Test
    void who_gets_what_gives_targets_to_team_and_enterprise_and_credits_to_enterprise() {
        Elements who = term("sla-who").select("tbody tr");
        assertThat(who).extracting(r -> r.select("td").get(1).text()).containsExactly("No", "No", "No", "Yes");
        assertThat(who).extracting(r -> r.select("td").get(0).text())
                .containsExactly("No: Capgo publishes no response target for this plan",
                        "No: Capgo publishes no response target for this plan", "Yes", "Yes");
    }

    private String text(String id) {
        return term(id).text();
    }

    @Test
    void the_exclusions_keep_every_qualifier_of_the_published_text() {
        assertThat(text("sla-exclusions-section")).contains("outside Capgo’s reasonable control")
                .contains("Your voluntary actions or inactions.")
                .contains("Inappropriately provisioned compute resources for the expected load.")
                .contains("even when those libraries use official Capgo libraries internally")
                .doesNotContain("under-provisioned");
    }

    @Test
    void production_is_defined_with_both_sentences_and_severities_with_their_published_subtitles() {
        assertThat(text("sla-definitions")).contains("live customer-facing or business systems")
                .contains("(even in a production environment) is not Production.");
        assertThat(text("sla-severities"))
                .contains("Normal (minor feature or functional issue / general question): a component of Capgo not"
                        + " performing as expected or documented; an inquiry about a general technical issue or a general question.")
                .contains("Low (information request): an information request about Capgo, or a feature request.");
    }

    @Test
    void every_reading_is_listed_in_how_we_count_with_the_numbers_of_the_policy_core() {
        var items = term("sla-how-we-count").select("li[data-reading]").eachAttr("data-reading");
        assertThat(items).hasSize(app.capgo.supportdesk.policy.Reading.values().length).doesNotHaveDuplicates();
        assertThat(text("sla-how-we-count")).contains("(06:00 to 18:00, Monday to Friday)")
                .contains("One business day is 12 business hours").contains("ninety-nine percent (99.9%)")
                .contains("the 30th day after the month ends, in UTC").contains("Public holidays");
    }

    @Test
    void the_french_page_uses_capgos_own_terms() {
        UI.getCurrent().navigate(""); // the SLA page is built afresh, in French
        language(Locale.FRENCH);
        String page = text("sla-uptime-section") + text("sla-targets-section") + text("sla-exclusions-section");
        assertThat(page).contains("Disponibilité réelle", "Temps d’arrêt non planifié", "Temps de réponse initiaux cibles",
                "mois calendaire", "Heures d’ouverture", "Haut", "Faible").doesNotContain("Élevée", "effective");
    }
}
