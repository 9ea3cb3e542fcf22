package app.capgo.supportdesk.sales.ui;

import app.capgo.supportdesk.security.ui.LoginView;

import app.capgo.supportdesk.inquiry.Inquiry;
import app.capgo.supportdesk.inquiry.InquiryPlan;
import app.capgo.supportdesk.inquiry.InquiryRequest;
import app.capgo.supportdesk.inquiry.InquiryService;
import app.capgo.supportdesk.inquiry.InquiryStatus;
import app.capgo.supportdesk.inquiry.SubmissionResult;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import app.capgo.supportdesk.base.ui.NativeSelect;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class InboxViewTest extends SpringBrowserlessTest {

    @Autowired
    InquiryService service;

    private String submit(String company, InquiryPlan plan) {
        InquiryRequest r = new InquiryRequest();
        r.setName("Inbox Tester");
        r.setEmail("inbox@example.com");
        r.setCompany(company);
        r.setPlan(plan);
        r.setMessage("Please call us");
        return ((SubmissionResult.Submitted) service.submit(r, Locale.ENGLISH, "10.5.0.1")).reference();
    }

    @SuppressWarnings("unchecked")
    private Grid<Inquiry> grid() {
        return find(Grid.class).id("sales-grid");
    }

    private List<String> references() {
        return test(grid()).size() == 0 ? List.of()
                : java.util.stream.IntStream.range(0, test(grid()).size()).mapToObj(i -> test(grid()).getRow(i).reference())
                .toList();
    }

    @Test
    void anonymous_users_are_sent_to_the_login() {
        UI.getCurrent().navigate("sales");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).isInstanceOf(LoginView.class);
    }

    private void select(String reference) {
        test(find(TextField.class).id("sales-filter-text")).setValue(reference);
        test(grid()).select(0);
    }

    @Test
    @WithMockUser(username = "carol", roles = "SALES")
    void with_the_embedded_smtp_server_the_inbox_says_that_nobody_receives_the_emails() {
        UI.getCurrent().navigate("sales");
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).id("sales-embedded-mail").getText())
                .startsWith("Emails go to the embedded test server: nobody receives them");
        assertThat(find(com.vaadin.flow.router.RouterLink.class).withText("See them in the outbox").single().getHref())
                .isEqualTo("outbox");
    }

    @Test
    @WithMockUser(username = "carol", roles = "SALES")
    void the_inbox_lists_the_newest_first() {
        String older = submit("Okapi Order Corp", InquiryPlan.TEAM);
        String newer = submit("Okapi Order Ltd", InquiryPlan.TEAM);
        UI.getCurrent().navigate("sales");
        test(find(TextField.class).id("sales-filter-text")).setValue("okapi order");
        assertThat(references()).containsExactly(newer, older);

    }

    @Test
    @WithMockUser(username = "carol", roles = "SALES")
    void free_text_finds_an_inquiry_by_its_company() {
        String enterprise = submit("Zebra Unique Corp", InquiryPlan.ENTERPRISE);
        String team = submit("Yak Unique Ltd", InquiryPlan.TEAM);
        UI.getCurrent().navigate("sales");
        assertThat(references()).contains(enterprise, team);

        test(find(TextField.class).id("sales-filter-text")).setValue("zebra unique");

        assertThat(references()).containsExactly(enterprise);
    }

    @Test
    @WithMockUser(username = "carol", roles = "SALES")
    @SuppressWarnings("unchecked")
    void the_plan_filter_keeps_only_the_chosen_plans() {
        submit("Ibex Plan Corp", InquiryPlan.ENTERPRISE);
        String team = submit("Ibex Plan Ltd", InquiryPlan.TEAM);
        UI.getCurrent().navigate("sales");
        test(find(TextField.class).id("sales-filter-text")).setValue("ibex plan");

        ((MultiSelectComboBox<InquiryPlan>) find(MultiSelectComboBox.class).id("sales-filter-plan"))
                .setValue(Set.of(InquiryPlan.TEAM));

        assertThat(references()).containsExactly(team);
    }

    @Test
    @WithMockUser(username = "carol", roles = "SALES")
    @SuppressWarnings("unchecked")
    void a_status_change_and_a_note_are_recorded_with_who_made_them() {
        String reference = submit("Gnu History GmbH", InquiryPlan.TEAM);
        UI.getCurrent().navigate("sales");
        select(reference);

        test((Select<InquiryStatus>) find(Select.class).id("sales-status")).selectItem("Contacted");
        test(find(TextArea.class).id("sales-note")).setValue("Called, wants a quote");
        test(find(Button.class).id("sales-add-note")).click();

        assertThat(find(ListItem.class).all()).extracting(ListItem::getText)
                .anySatisfy(t -> assertThat(t).contains("carol", "status set to Contacted"))
                .anySatisfy(t -> assertThat(t).contains("carol", "note: Called, wants a quote"));
    }

    @Test
    @WithMockUser(username = "carol", roles = "SALES")
    @SuppressWarnings("unchecked")
    void the_status_filter_finds_inquiries_by_their_follow_up_status() {
        String contacted = submit("Okapi Status SA", InquiryPlan.TEAM);
        submit("Okapi Status BV", InquiryPlan.TEAM);
        UI.getCurrent().navigate("sales");
        select(contacted);
        test((Select<InquiryStatus>) find(Select.class).id("sales-status")).selectItem("Contacted");
        test(find(TextField.class).id("sales-filter-text")).setValue("okapi status");

        ((MultiSelectComboBox<InquiryStatus>) find(MultiSelectComboBox.class).id("sales-filter-status"))
                .setValue(Set.of(InquiryStatus.CONTACTED));

        assertThat(references()).containsExactly(contacted);
    }

    @Test
    @WithMockUser(username = "carol", roles = "SALES")
    void the_date_filter_excludes_inquiries_received_before_the_first_day() {
        String reference = submit("Quagga Date Inc", InquiryPlan.ENTERPRISE);
        UI.getCurrent().navigate("sales");
        test(find(TextField.class).id("sales-filter-text")).setValue("quagga date");
        var from = find(com.vaadin.flow.component.datepicker.DatePicker.class).id("sales-filter-from");

        from.setValue(java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1));
        assertThat(references()).isEmpty();
        from.setValue(java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1));
        assertThat(references()).containsExactly(reference);
    }

    @Test
    @WithMockUser(username = "carol", roles = "SALES")
    @SuppressWarnings("unchecked")
    void the_inbox_grid_switches_language_with_the_rest_of_the_page() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("sales");
        assertThat(grid().getColumns()).extracting(Grid.Column::getHeaderText).contains("Name", "Received (UTC)");

        ((NativeSelect<Locale>) find(NativeSelect.class).id("language")).setValue(Locale.FRENCH);

        assertThat(grid().getColumns()).extracting(Grid.Column::getHeaderText).contains("Nom", "Reçue (UTC)")
                .doesNotContain("Name");
    }

    @Test
    @WithMockUser(username = "carol", roles = "SALES")
    void sales_erase_an_inquiry_on_request_after_a_confirmation() {
        String reference = submit("Erasable Unique AG", InquiryPlan.TEAM);
        UI.getCurrent().navigate("sales");
        select(reference);

        test(find(Button.class).id("sales-erase")).click();
        com.vaadin.flow.component.confirmdialog.ConfirmDialog confirm =
                find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single();
        test(confirm).confirm();

        assertThat(find(ListItem.class).all()).extracting(ListItem::getText)
                .anySatisfy(t -> assertThat(t).contains("carol", "personal data erased on request"))
                .noneSatisfy(t -> assertThat(t).contains("Erasable Unique AG"));
        assertThat(find(Button.class).withId("sales-erase").all()).as("nothing left to erase").isEmpty();
        assertThat(find(TextArea.class).withId("sales-note").all()).as("no note after an erasure").isEmpty();
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).all()).extracting(p -> p.getText())
                .doesNotContain("Please call us").contains("—");
    }

    @Autowired
    app.capgo.supportdesk.sales.InquiryDesk desk;

    @Test
    void the_csv_export_reads_in_the_users_language_with_the_notes() {
        String reference = submit("Quokka Export SARL", InquiryPlan.ENTERPRISE);
        long id = desk.all(new app.capgo.supportdesk.sales.InquiryFilter(Set.of(), Set.of(), java.util.Optional.empty(),
                java.util.Optional.empty(), reference)).findFirst().orElseThrow().id();
        desk.changeStatus(id, InquiryStatus.QUALIFIED, "carol");
        desk.addNote(id, "Rappelé, devis envoyé", "carol");
        var notes = desk.notes();
        String csv = new String(app.capgo.supportdesk.sales.InquiryCsv.file(
                desk.all(new app.capgo.supportdesk.sales.InquiryFilter(Set.of(), Set.of(), java.util.Optional.empty(),
                        java.util.Optional.empty(), reference)),
                key -> notes.getOrDefault(key, List.of()),
                key -> UI.getCurrent().getTranslation(Locale.FRENCH, key)), java.nio.charset.StandardCharsets.UTF_8);
        List<String> lines = csv.substring(1).lines().toList();
        assertThat(lines.getFirst()).startsWith("Référence,Reçue (UTC),Nom,").endsWith(",Notes internes");
        assertThat(lines.get(1)).startsWith(reference + ",").contains(",Enterprise,", ",Qualifiée,")
                .endsWith(" UTC · carol · Rappelé, devis envoyé\"").doesNotContain("QUALIFIED", "SENT", "PENDING", "enterprise,");
    }

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    @WithMockUser(username = "carol", roles = "SALES")
    void an_inquiry_received_before_a_kind_of_email_existed_shows_none_of_it_without_a_backfill() {
        String reference = submit("Quokka Before", InquiryPlan.TEAM);
        var jdbc = org.springframework.jdbc.core.simple.JdbcClient.create(dataSource);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from mail_delivery d join inquiry i on i.id = d.inquiry_id where i.reference = ?"
                        + " and d.state <> 'SENT'").param(reference).query(Long.class).single() == 0);
        // As if the customer's confirmation had been added to the app after this inquiry was stored.
        assertThat(jdbc.sql("delete from mail_delivery where kind = 'CUSTOMER' and inquiry_id ="
                + " (select id from inquiry where reference = ?)").param(reference).update()).isEqualTo(1);

        UI.getCurrent().navigate("sales");
        select(reference);
        String none = "None (received before this email existed)";
        assertThat(java.util.stream.IntStream.range(0, grid().getColumns().size())
                .mapToObj(c -> test(grid()).getCellText(0, c)).toList()).contains("Sent", none);
        assertThat(find(com.vaadin.flow.component.html.Div.class).id("sales-mail-customer").getElement().getTextRecursively())
                .contains(none);
        String csv = new String(app.capgo.supportdesk.sales.InquiryCsv.file(
                desk.all(new app.capgo.supportdesk.sales.InquiryFilter(Set.of(), Set.of(), java.util.Optional.empty(),
                        java.util.Optional.empty(), reference)), key -> List.of(),
                key -> UI.getCurrent().getTranslation(Locale.ENGLISH, key)), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains(",Sent," + none + ",");
    }

    @Autowired
    jakarta.persistence.EntityManagerFactory entities;

    @Test
    void every_attribute_the_inbox_sorts_and_filters_by_is_one_of_the_entity() {
        var inquiry = entities.getMetamodel().entity(Inquiry.class);
        for (app.capgo.supportdesk.inquiry.InquiryAttribute a : app.capgo.supportdesk.inquiry.InquiryAttribute.values()) {
            assertThat(inquiry.getAttribute(a.attribute())).as(a.name()).isNotNull();
        }
    }
}
