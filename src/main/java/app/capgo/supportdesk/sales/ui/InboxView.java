package app.capgo.supportdesk.sales.ui;

import app.capgo.supportdesk.base.Routes;
import app.capgo.supportdesk.base.i18n.Messages;
import app.capgo.supportdesk.base.ui.TitledView;
import app.capgo.supportdesk.inquiry.Inquiry;
import app.capgo.supportdesk.inquiry.InquiryAttribute;
import app.capgo.supportdesk.sales.InquiryCsv;
import app.capgo.supportdesk.sales.InquiryDesk;
import app.capgo.supportdesk.sales.InquiryEvent;
import app.capgo.supportdesk.sales.InquiryFilter;
import app.capgo.supportdesk.sales.MailStateText;
import app.capgo.supportdesk.inquiry.InquiryPlan;
import app.capgo.supportdesk.inquiry.InquiryStatus;
import app.capgo.supportdesk.inquiry.mail.MailKind;
import app.capgo.supportdesk.inquiry.mail.Outbox;
import app.capgo.supportdesk.security.StaffRoles;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.springframework.beans.factory.ObjectProvider;
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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The sales inbox on {@code /sales}: every inquiry, filtered and sorted, with its follow-up. */
@Route(Routes.SALES)
@RolesAllowed(StaffRoles.SALES)
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

    InboxView(InquiryDesk desk, AuthenticationContext authentication, ObjectProvider<Outbox> outbox) {
        this.desk = desk;
        String user = authentication.getPrincipalName().orElse("?");
        this.details = new InquiryDetails(desk, user, () -> grid.getDataProvider().refreshAll());
        addClassName("inbox-view");
        setWidthFull();
        Details filters = new Details(getTranslation("sales.filters"), filters());
        filters.setId("sales-filters");
        filters.addClassName("inbox-filters-panel");
        // Open on a wide screen; folded away on a phone, where the list comes first.
        filters.setOpened(!Narrow.screen());
        Div split = new Div(grid(), details);
        split.addClassName("sales-split");
        HorizontalLayout heading = new HorizontalLayout(new H1(getTranslation("sales.title")), export());
        heading.addClassName("sales-heading");
        heading.setWidthFull();
        add(heading);
        if (outbox.getIfAvailable() != null) {
            add(embeddedMailBanner());
        }
        add(filters, split);
    }

    /** With the embedded test SMTP server, nobody receives the emails: said where sales would miss them. */
    private Paragraph embeddedMailBanner() {
        Paragraph banner = new Paragraph(getTranslation("sales.embedded-mail") + " ");
        banner.setId("sales-embedded-mail");
        banner.addClassName("warning-note");
        banner.add(new RouterLink(getTranslation("sales.embedded-mail.outbox"), OutboxView.class));
        return banner;
    }

    private Anchor export() {
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            Map<Long, List<InquiryEvent>> notes = desk.notes();
            byte[] csv = InquiryCsv.file(desk.all(filter), id -> notes.getOrDefault(id, List.of()), key -> getTranslation(getLocale(), key));
            return new DownloadResponse(new ByteArrayInputStream(csv), "inquiries.csv", "text/csv;charset=UTF-8", csv.length);
        }), getTranslation("sales.export"));
        export.setId("sales-export");
        export.addClassName("secondary-link");
        return export;
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
        from.setLocale(Messages.dateLocale(getLocale()));
        to.setLocale(Messages.dateLocale(getLocale()));
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
        Div bar = new Div(status, plan, from, to, text);
        bar.addClassName("inbox-filters");
        return bar;
    }

    private Grid<Inquiry> grid() {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", getLocale()).withZone(ZoneId.of("UTC"));
        grid.setId("sales-grid");
        // Reference, received, who, plan and status fit a 1280 px screen (the mail states follow); the
        // reference and the date as wide as their content, the name and the company take what is left.
        fit(grid.addColumn(Inquiry::reference).setHeader(getTranslation("record.reference")).setSortProperty(InquiryAttribute.REFERENCE.attribute()));
        fit(grid.addColumn(i -> time.format(i.createdAt())).setHeader(getTranslation("sales.column.created"))
                .setSortProperty(InquiryAttribute.CREATED_AT.attribute()));
        grid.addColumn(Inquiry::name).setHeader(getTranslation("record.name")).setSortProperty(InquiryAttribute.NAME.attribute())
                .setWidth("11rem").setFlexGrow(1);
        grid.addColumn(Inquiry::company).setHeader(getTranslation("record.company")).setSortProperty(InquiryAttribute.COMPANY.attribute())
                .setWidth("11rem").setFlexGrow(1);
        // Short values under longer headers (with their sort arrows): wide enough for the header.
        grid.addColumn(i -> getTranslation("inquiry.plan." + i.plan().code())).setHeader(getTranslation("record.plan"))
                .setSortProperty(InquiryAttribute.PLAN.attribute()).setWidth("8rem").setFlexGrow(0);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("sales.column.status"))
                .setSortProperty(InquiryAttribute.STATUS.attribute()).setWidth("8.5rem").setFlexGrow(0);
        for (MailKind kind : MailKind.values()) {
            fit(grid.addColumn(i -> mailState(i, kind)).setHeader(getTranslation("sales.mail-kind." + kind.key())));
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> desk.find(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> desk.count(filter));
        grid.asSingleSelect().addValueChangeListener(e -> {
            details.show(Optional.ofNullable(e.getValue()).map(Inquiry::id));
            if (e.getValue() != null) {
                // Below 1500 px the details are below the list: brought into view when out of sight.
                details.getElement().executeJs("requestAnimationFrame(() => { if (this.getBoundingClientRect().top"
                        + " > window.innerHeight - 96) { this.scrollIntoView({block: 'start'}); } })");
            }
        });
        grid.setMinHeight("20rem");
        return grid;
    }

    private static void fit(Grid.Column<Inquiry> column) {
        column.setAutoWidth(true).setFlexGrow(0);
    }

    private Span statusBadge(Inquiry inquiry) {
        String code = inquiry.status().name().toLowerCase(Locale.ROOT);
        Span badge = new Span(getTranslation("sales.status." + code));
        badge.addClassNames("status-badge", "status-" + code);
        return badge;
    }

    private String mailState(Inquiry inquiry, MailKind kind) {
        return getTranslation(MailStateText.key(inquiry, kind));
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
