package app.capgo.supportdesk.sales.ui;

import app.capgo.supportdesk.base.Routes;
import app.capgo.supportdesk.base.ui.TitledView;
import app.capgo.supportdesk.inquiry.Inquiry;
import app.capgo.supportdesk.sales.InquiryCsv;
import app.capgo.supportdesk.sales.InquiryDesk;
import app.capgo.supportdesk.sales.InquiryFilter;
import app.capgo.supportdesk.inquiry.InquiryPlan;
import app.capgo.supportdesk.inquiry.InquiryStatus;
import app.capgo.supportdesk.inquiry.mail.MailKind;
import app.capgo.supportdesk.security.SalesRoles;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** The sales inbox on {@code /sales}: every inquiry, filtered and sorted, with its follow-up. */
@Route(Routes.SALES)
@RolesAllowed(SalesRoles.SALES)
@Menu(order = 4, title = "sales.menu")
final class InboxView extends VerticalLayout implements TitledView {

    private final InquiryDesk desk;
    private final MultiSelectComboBox<InquiryStatus> status = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<InquiryPlan> plan = new MultiSelectComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField text = new TextField();
    private final Grid<Inquiry> grid = new Grid<>();
    private final InquiryDetails details;
    private volatile InquiryFilter filter = InquiryFilter.ALL;

    InboxView(InquiryDesk desk, AuthenticationContext authentication) {
        this.desk = desk;
        String user = authentication.getPrincipalName().orElse("?");
        this.details = new InquiryDetails(desk, user, () -> grid.getDataProvider().refreshAll());
        addClassName("inbox-view");
        setSizeFull();
        add(new H1(getTranslation("sales.title")));
        add(filters(), grid(), details);
    }

    private Div filters() {
        status.setId("sales-filter-status");
        status.setLabel(getTranslation("sales.filter.status"));
        status.setItems(InquiryStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("sales.status." + s.name().toLowerCase(Locale.ROOT)));
        plan.setId("sales-filter-plan");
        plan.setLabel(getTranslation("sales.filter.plan"));
        plan.setItems(InquiryPlan.values());
        plan.setItemLabelGenerator(p -> getTranslation("inquiry.plan." + p.code()));
        from.setId("sales-filter-from");
        from.setLabel(getTranslation("sales.filter.from"));
        to.setId("sales-filter-to");
        to.setLabel(getTranslation("sales.filter.to"));
        text.setId("sales-filter-text");
        text.setLabel(getTranslation("sales.filter.text"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(100);
        status.addValueChangeListener(e -> refilter());
        plan.addValueChangeListener(e -> refilter());
        from.addValueChangeListener(e -> refilter());
        to.addValueChangeListener(e -> refilter());
        text.addValueChangeListener(e -> refilter());
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = InquiryCsv.write(desk.all(filter)).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(csv), "inquiries.csv", "text/csv;charset=UTF-8", csv.length);
        }), getTranslation("sales.export"));
        export.setId("sales-export");
        Div bar = new Div(status, plan, from, to, text, export);
        bar.addClassName("inbox-filters");
        return bar;
    }

    private Grid<Inquiry> grid() {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", getLocale()).withZone(ZoneId.of("UTC"));
        grid.setId("sales-grid");
        grid.addColumn(Inquiry::reference).setHeader(getTranslation("record.reference")).setSortProperty("reference");
        grid.addColumn(i -> time.format(i.createdAt())).setHeader(getTranslation("sales.column.created"))
                .setSortProperty("createdAt");
        grid.addColumn(Inquiry::name).setHeader(getTranslation("record.name")).setSortProperty("name");
        grid.addColumn(Inquiry::company).setHeader(getTranslation("record.company")).setSortProperty("company");
        grid.addColumn(i -> getTranslation("inquiry.plan." + i.plan().code())).setHeader(getTranslation("record.plan"))
                .setSortProperty("plan");
        grid.addColumn(i -> getTranslation("sales.status." + i.status().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("sales.column.status")).setSortProperty("status");
        for (MailKind kind : MailKind.values()) {
            grid.addColumn(i -> mailState(i, kind)).setHeader(getTranslation("sales.mail-kind." + kind.key()));
        }
        grid.setItems(query -> desk.find(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> desk.count(filter));
        grid.asSingleSelect().addValueChangeListener(e -> details.show(Optional.ofNullable(e.getValue()).map(Inquiry::id)));
        grid.setMinHeight("20rem");
        return grid;
    }

    private String mailState(Inquiry inquiry, MailKind kind) {
        return getTranslation("sales.mail." + inquiry.mail(kind).state().name().toLowerCase(Locale.ROOT));
    }

    private void refilter() {
        filter = new InquiryFilter(status.getValue(), plan.getValue(), Optional.ofNullable(from.getValue()),
                Optional.ofNullable(to.getValue()), text.getValue());
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String titleKey() {
        return "sales.title";
    }
}
