package app.capgo.supportdesk.insights.ui;

import app.capgo.supportdesk.base.Csv;
import app.capgo.supportdesk.base.Routes;
import app.capgo.supportdesk.base.i18n.Messages;
import app.capgo.supportdesk.base.ui.TitledView;
import app.capgo.supportdesk.insights.InsightPeriod;
import app.capgo.supportdesk.insights.InsightReport;
import app.capgo.supportdesk.insights.InsightReports;
import app.capgo.supportdesk.security.StaffRoles;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Value;

import java.io.ByteArrayInputStream;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code /insights}, for Capgo's support and sales staff: what the desk did in a period and a
 * language, read from the aggregate counts (nothing about a person), and the docs' content gaps
 * with their CSV export. Nothing on the page changes data.
 */
@Route(Routes.INSIGHTS)
@RolesAllowed({StaffRoles.SUPPORT, StaffRoles.SALES})
@Menu(order = 6, title = "insights.menu")
final class InsightsView extends VerticalLayout implements TitledView {

    /** The periods offered: the last 7, 30 or 90 days, or dates chosen. */
    enum Range {
        LAST_7(7), LAST_30(30), LAST_90(90), DATES(0);

        final int days;

        Range(int days) {
            this.days = days;
        }
    }

    private final InsightReports reports;
    private final Clock clock;
    private final Select<Range> range = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<String> language = new Select<>();
    private final Paragraph showing = new Paragraph();
    private final Div content = new Div();
    private final Grid<InsightReport.GapCount> gaps = new Grid<>();
    private final Paragraph noGaps = new Paragraph();
    private InsightPeriod period;
    /** Up to this many content gaps, the grid shows them all without an inner scroll. */
    private static final int SHORT_LIST = 12;

    InsightsView(InsightReports reports, Clock clock, @Value("${support.insights.gap-retention}") Period retention) {
        this.reports = reports;
        this.clock = clock;
        addClassName("insights-view");
        setWidthFull();
        add(new H1(getTranslation("insights.title")), new Paragraph(getTranslation("insights.intro")), filters());
        showing.setId("insights-showing");
        content.setWidthFull();
        add(showing, content, gapSection(retention));
        period = InsightPeriod.last(Range.LAST_30.days, today(), Optional.empty());
        show();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private Div filters() {
        range.setId("insights-range");
        range.setLabel(getTranslation("insights.period"));
        range.setItems(Range.values());
        range.setItemLabelGenerator(r -> r == Range.DATES ? getTranslation("insights.period.dates")
                : getTranslation("insights.period.last", r.days));
        range.setValue(Range.LAST_30);
        Locale dates = Messages.dateLocale(getLocale());
        for (DatePicker picker : List.of(from, to)) {
            picker.setLocale(dates);
            picker.setMax(today());
            picker.setVisible(false);
            picker.addValueChangeListener(e -> choose());
        }
        from.setId("insights-from");
        from.setLabel(getTranslation("insights.from"));
        to.setId("insights-to");
        to.setLabel(getTranslation("insights.to"));
        language.setId("insights-language");
        language.setLabel(getTranslation("insights.language"));
        language.setItems("", "en", "fr");
        language.setItemLabelGenerator(l -> getTranslation("insights.language." + (l.isEmpty() ? "all" : l)));
        language.setValue("");
        range.addValueChangeListener(e -> {
            boolean dated = e.getValue() == Range.DATES;
            if (dated && from.isEmpty()) {
                from.setValue(period.from());
                to.setValue(period.to());
            }
            from.setVisible(dated);
            to.setVisible(dated);
            choose();
        });
        language.addValueChangeListener(e -> choose());
        Div filters = new Div(range, from, to, language);
        filters.setId("insights-filters");
        filters.addClassName("insights-filters");
        return filters;
    }

    /** Reads the filters; dates out of order or too far apart say so and keep the figures shown. */
    private void choose() {
        Optional<String> lang = Optional.ofNullable(language.getValue()).filter(l -> !l.isEmpty());
        Range chosen = Optional.ofNullable(range.getValue()).orElse(Range.LAST_30);
        from.setInvalid(false);
        to.setInvalid(false);
        if (chosen != Range.DATES) {
            period = InsightPeriod.last(chosen.days, today(), lang);
        } else {
            if (from.isEmpty() || to.isEmpty() || from.isInvalid() || to.getValue().isBefore(from.getValue())
                    || from.getValue().plusDays(InsightPeriod.MAX_DAYS).isBefore(to.getValue().plusDays(1))) {
                to.setErrorMessage(getTranslation("insights.dates.invalid", InsightPeriod.MAX_DAYS));
                to.setInvalid(true);
                return;
            }
            period = new InsightPeriod(from.getValue(), to.getValue(), lang);
        }
        show();
    }

    private void show() {
        InsightReport report = reports.read(period, InsightReports.MAX_GAPS_SHOWN);
        Locale dates = Messages.dateLocale(getLocale());
        showing.setText(getTranslation("insights.showing", Messages.format(period.from(), "d MMMM yyyy", dates),
                Messages.format(period.to(), "d MMMM yyyy", dates),
                getTranslation("insights.language." + period.language().orElse("all"))));
        content.removeAll();
        content.add(new InsightsReportPanel(report));
        gaps.setItems(report.gaps());
        // A short list as tall as its rows; a long one scrolls inside the grid.
        gaps.setAllRowsVisible(report.gaps().size() <= SHORT_LIST);
        gaps.setHeight(report.gaps().size() <= SHORT_LIST ? null : "26rem");
        gaps.setVisible(!report.gaps().isEmpty());
        noGaps.setVisible(report.gaps().isEmpty());
    }

    private Section gapSection(Period retention) {
        NumberFormat integers = NumberFormat.getIntegerInstance(getLocale());
        Locale dates = Messages.dateLocale(getLocale());
        gaps.setId("insights-gaps-grid");
        gaps.addColumn(InsightReport.GapCount::term).setHeader(getTranslation("insights.column.term")).setFlexGrow(1);
        gaps.addColumn(g -> integers.format(g.n())).setHeader(getTranslation("insights.column.count")).setAutoWidth(true)
                .setFlexGrow(0);
        gaps.addColumn(g -> Messages.format(g.lastSeen(), "d MMM yyyy", dates))
                .setHeader(getTranslation("insights.column.last-seen")).setAutoWidth(true).setFlexGrow(0);
        gaps.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        gaps.addClassName("insights-gaps-grid");
        noGaps.setText(getTranslation("insights.gaps.none"));
        noGaps.setId("insights-gaps-none");
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = Csv.file(gapsCsv(reports.read(period, InsightReports.MAX_GAPS_EXPORTED).gaps()));
            return new DownloadResponse(new ByteArrayInputStream(csv), "content-gaps.csv", "text/csv;charset=UTF-8", csv.length);
        }), getTranslation("insights.gaps.export"));
        export.setId("insights-gaps-export");
        export.addClassName("secondary-link");
        Section section = new Section(new H2(getTranslation("insights.gaps")),
                new Paragraph(getTranslation("insights.gaps.intro", retention.getDays())), export, gaps, noGaps);
        section.setId("insights-gaps");
        section.addClassName("insights-section");
        return section;
    }

    /** The content gaps as CSV, in the reader's language: term, count, last seen (ISO date, UTC). */
    String gapsCsv(List<InsightReport.GapCount> rows) {
        return Csv.line(List.of(getTranslation("insights.column.term"), getTranslation("insights.column.count"),
                getTranslation("insights.column.last-seen"))) + rows.stream()
                .map(g -> Csv.line(List.of(g.term(), Long.toString(g.n()), g.lastSeen().toString())))
                .collect(Collectors.joining());
    }

    @Override
    public String titleKey() {
        return "insights.title";
    }
}
