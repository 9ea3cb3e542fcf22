package app.capgo.supportdesk.insights.ui;

import app.capgo.supportdesk.base.i18n.Messages;
import app.capgo.supportdesk.insights.InsightReport;
import app.capgo.supportdesk.insights.Measure;
import app.capgo.supportdesk.insights.Ratio;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One period's insights as shown: the self-service figures with their definitions, the funnel, the
 * verdicts by reason, the topics over time and the other counts, each chart with its numbers.
 */
final class InsightsReportPanel extends Div {

    /** The drafts' ways, as {@code DRAFT_USED} counts them, in the order shown. */
    static final List<String> DRAFT_WAYS = List.of("email-copied", "email-opened", "github", "github-copied", "discord-copied");

    private final InsightReport report;
    private final NumberFormat integers;
    private final NumberFormat percents;

    InsightsReportPanel(InsightReport report) {
        this.report = report;
        Locale locale = getLocale();
        integers = NumberFormat.getIntegerInstance(locale);
        percents = NumberFormat.getPercentInstance(locale);
        setId("insights-report");
        addClassName("insights-report");
        if (report.totals().isEmpty()) {
            Paragraph nothing = new Paragraph(getTranslation("insights.nothing"));
            nothing.setId("insights-nothing");
            add(nothing);
        }
        add(figures(), funnel(), reasons(), topics(), others());
    }

    private String n(long value) {
        return integers.format(value);
    }

    private String share(Ratio ratio) {
        return ratio.percent().isPresent() ? percents.format(ratio.percent().getAsDouble() / 100) : getTranslation("insights.figure.none");
    }

    private Div figures() {
        Ratio docs = report.answeredByDocs();
        Ratio routed = report.routedWithoutTicket();
        long verdicts = report.total(Measure.VERDICT_SHOWN);
        Div figures = new Div(
                figure("docs", share(docs), getTranslation("insights.figure.docs.of", n(docs.part()), n(docs.whole()))),
                figure("routed", share(routed), getTranslation("insights.figure.routed.of", n(routed.part()), n(routed.whole()))),
                figure("flows", n(report.total(Measure.FLOW_STARTED)),
                        getTranslation("insights.figure.flows.of", n(verdicts), n(report.flowsLeft()))),
                figure("premium", n(report.total(Measure.PREMIUM_SUBMITTED)),
                        getTranslation("insights.figure.premium.of", n(report.total(Measure.DRAFT_USED)))));
        figures.addClassName("insights-figures");
        return figures;
    }

    private Div figure(String key, String value, String detail) {
        Span label = new Span(getTranslation("insights.figure." + key));
        label.addClassName("insights-figure-label");
        Span number = new Span(value);
        number.addClassName("insights-figure-value");
        number.setId("insights-figure-" + key);
        Span of = new Span(detail);
        of.addClassName("insights-figure-detail");
        NativeDetails definition = new NativeDetails(getTranslation("insights.definition"),
                new Paragraph(getTranslation("insights.definition." + key)));
        definition.addClassName("insights-definition");
        Div card = new Div(label, number, of, definition);
        card.addClassName("insights-figure");
        return card;
    }

    /** A text of the bundle, or {@code fallback} when there is none (a code counted by an older version). */
    private String text(String key, String fallback) {
        return Messages.lookup(Messages.BUNDLE, key, getLocale()).orElse(fallback);
    }

    private ChartSection funnel() {
        long started = report.total(Measure.FLOW_STARTED);
        long verdicts = report.total(Measure.VERDICT_SHOWN);
        List<SvgCharts.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        bars.add(stage(getTranslation("insights.funnel.started"), started, n(started)));
        rows.add(List.of(getTranslation("insights.funnel.started"), n(started), "", share(new Ratio(started, started))));
        for (InsightReport.Stage stage : report.funnel()) {
            String label = text("insights.step." + stage.step(), stage.step());
            bars.add(stage(label, stage.reached(), getTranslation("insights.funnel.value", n(stage.reached()), n(stage.left()))));
            rows.add(List.of(label, n(stage.reached()), n(stage.left()), share(new Ratio(stage.reached(), started))));
        }
        bars.add(stage(getTranslation("insights.funnel.verdict"), verdicts, n(verdicts)));
        rows.add(List.of(getTranslation("insights.funnel.verdict"), n(verdicts), "", share(new Ratio(verdicts, started))));
        String title = getTranslation("insights.funnel");
        return new ChartSection("insights-funnel", title, getTranslation("insights.funnel.intro"),
                SvgCharts.funnel(title, bars), List.of(getTranslation("insights.column.stage"),
                getTranslation("insights.column.reached"), getTranslation("insights.column.left"),
                getTranslation("insights.column.of-started")), rows);
    }

    /** A funnel stage: "Plan: 6 reached, 1 left here" above its bar. */
    private SvgCharts.Bar stage(String label, long value, String valueText) {
        return new SvgCharts.Bar(label, value, getTranslation("insights.funnel.stage", label, valueText));
    }

    private ChartSection reasons() {
        long verdicts = report.total(Measure.VERDICT_SHOWN);
        List<SvgCharts.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        report.byReason().forEach((reason, count) -> {
            String label = text("insights.reason." + reason, reason);
            String value = n(count) + " · " + share(new Ratio(count, verdicts));
            bars.add(new SvgCharts.Bar(label, count, value));
            rows.add(List.of(label, n(count), share(new Ratio(count, verdicts))));
        });
        String title = getTranslation("insights.reasons");
        return new ChartSection("insights-reasons", title, getTranslation("insights.reasons.intro"),
                SvgCharts.bars(title, bars), List.of(getTranslation("insights.column.reason"),
                getTranslation("insights.column.count"), getTranslation("insights.column.share")), rows);
    }

    private ChartSection topics() {
        List<LocalDate> days = report.period().days().toList();
        List<String> topics = List.copyOf(report.topics().keySet());
        Map<String, Map<LocalDate, Long>> byTopic = new LinkedHashMap<>();
        topics.forEach(t -> byTopic.put(t, new LinkedHashMap<>()));
        report.topicsByDay().forEach(c -> byTopic.computeIfAbsent(c.detail(), k -> new LinkedHashMap<>()).put(c.day(), c.n()));
        Locale dates = Messages.dateLocale(getLocale());
        Map<LocalDate, String> labels = new LinkedHashMap<>();
        days.forEach(d -> labels.put(d, Messages.format(d, "d MMM", dates)));
        List<SvgCharts.Series> series = topics.stream().map(t -> new SvgCharts.Series(label(t),
                days.stream().map(d -> byTopic.get(t).getOrDefault(d, 0L)).toList())).toList();
        List<List<String>> rows = days.stream().map(d -> Stream.concat(Stream.of(labels.get(d)),
                topics.stream().map(t -> n(byTopic.get(t).getOrDefault(d, 0L)))).toList()).toList();
        String title = getTranslation("insights.topics");
        ChartSection section = new ChartSection("insights-topics", title, getTranslation("insights.topics.intro"),
                SvgCharts.lines(title, days, series, labels),
                Stream.concat(Stream.of(getTranslation("insights.column.day")), topics.stream().map(this::label)).toList(),
                rows);
        Div legend = new Div();
        legend.addClassName("chart-legend");
        for (int i = 0; i < topics.size(); i++) {
            Span swatch = new Span();
            swatch.addClassNames("chart-swatch", "chart-series-" + (i % SvgCharts.SERIES_COLOURS));
            Span entry = new Span(swatch, new Span(label(topics.get(i)) + " (" + n(report.topics().get(topics.get(i))) + ")"));
            entry.addClassName("chart-legend-entry");
            legend.add(entry);
        }
        section.addComponentAtIndex(section.getComponentCount() - 1, legend);
        return section;
    }

    private String label(String topic) {
        return text("answer.topic." + topic, topic);
    }

    private ChartSection others() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String outcome : List.of("found", "none", "unavailable")) {
            counts.put(getTranslation("insights.other.searched." + outcome), report.count(Measure.DOCS_SEARCHED, outcome));
        }
        counts.put(getTranslation("insights.other.opened"), report.total(Measure.SUGGESTION_OPENED));
        for (String answer : List.of("yes", "no")) {
            counts.put(getTranslation("insights.other.answered." + answer), report.count(Measure.DOCS_ANSWERED, answer));
        }
        for (String way : DRAFT_WAYS) {
            counts.put(getTranslation("insights.other.draft." + way), report.count(Measure.DRAFT_USED, way));
        }
        List<SvgCharts.Bar> bars = counts.entrySet().stream()
                .map(e -> new SvgCharts.Bar(e.getKey(), e.getValue(), n(e.getValue()))).toList();
        List<List<String>> rows = bars.stream().map(b -> List.of(b.label(), b.valueText())).toList();
        String title = getTranslation("insights.other");
        return new ChartSection("insights-other", title, "", SvgCharts.bars(title, bars),
                List.of(getTranslation("insights.column.what"), getTranslation("insights.column.count")), rows);
    }
}
