package app.capgo.supportdesk.insights.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The insights' charts as SVG text, drawn on the server (no chart library, no script): bars, a
 * funnel and lines. Widths are percentages of the chart's width, so the text keeps the page's size
 * on a phone as on a desktop; colours come from the page's stylesheet ({@code .chart-*} classes), so
 * the charts follow the light and dark schemes and print in black on white.
 */
final class SvgCharts {

    /** One bar: its label and value, and the text written after it. */
    record Bar(String label, long value, String valueText) {
    }

    /** A line: its label and one value per day. */
    record Series(String label, List<Long> values) {
    }

    private static final int ROW = 44;
    private static final int LINE_HEIGHT = 180;

    private SvgCharts() {
    }

    /** Horizontal bars, the label above each bar at the left and its value at the right. */
    static String bars(String title, List<Bar> bars) {
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        StringBuilder svg = open(title, bars.size() * ROW);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double width = 100.0 * bar.value() / max;
            int y = i * ROW;
            svg.append(text("chart-label", "0", y + 15, "start", bar.label()));
            svg.append(text("chart-value", "100%", y + 15, "end", bar.valueText()));
            svg.append("<rect class=\"chart-track\" x=\"0\" y=\"" + (y + 21) + "\" width=\"100%\" height=\"14\" rx=\"3\"/>");
            svg.append(String.format(Locale.ROOT, "<rect class=\"chart-bar\" x=\"0\" y=\"%d\" width=\"%.2f%%\" height=\"14\" rx=\"3\"/>",
                    y + 21, Math.max(width, bar.value() > 0 ? 0.5 : 0)));
        }
        return svg.append("</svg>").toString();
    }

    /** A funnel: centred bars, each as wide as its share of the first, its label and value text above it. */
    static String funnel(String title, List<Bar> stages) {
        long first = Math.max(1, stages.isEmpty() ? 1 : stages.getFirst().value());
        StringBuilder svg = open(title, stages.size() * ROW);
        for (int i = 0; i < stages.size(); i++) {
            Bar stage = stages.get(i);
            double width = Math.min(100, 100.0 * stage.value() / first);
            int y = i * ROW;
            svg.append(text("chart-label", "50%", y + 15, "middle", stage.valueText()));
            svg.append(String.format(Locale.ROOT, "<rect class=\"chart-bar chart-funnel\" x=\"%.2f%%\" y=\"%d\" width=\"%.2f%%\""
                    + " height=\"18\" rx=\"3\"/>", (100 - width) / 2, y + 21, Math.max(width, stage.value() > 0 ? 0.5 : 0)));
        }
        return svg.append("</svg>").toString();
    }

    /**
     * Lines over the days of a period (the first and last day written below, the highest value at the
     * top left); the legend is the page's, in the same colours ({@code chart-series-N}).
     */
    static String lines(String title, List<LocalDate> days, List<Series> series, Map<LocalDate, String> dayLabels) {
        long max = Math.max(1, series.stream().flatMap(s -> s.values().stream()).mapToLong(Long::longValue).max().orElse(1));
        StringBuilder svg = open(title, LINE_HEIGHT + 24);
        svg.append(text("chart-value", "0", 12, "start", Long.toString(max)));
        svg.append("<svg x=\"0\" y=\"18\" width=\"100%\" height=\"" + LINE_HEIGHT + "\" viewBox=\"0 0 1000 " + LINE_HEIGHT
                + "\" preserveAspectRatio=\"none\">");
        svg.append("<line class=\"chart-axis\" x1=\"0\" y1=\"" + LINE_HEIGHT + "\" x2=\"1000\" y2=\"" + LINE_HEIGHT
                + "\" vector-effect=\"non-scaling-stroke\"/>");
        int steps = Math.max(1, days.size() - 1);
        for (int s = 0; s < series.size(); s++) {
            StringBuilder points = new StringBuilder();
            List<Long> values = series.get(s).values();
            for (int d = 0; d < values.size(); d++) {
                double x = days.size() == 1 ? 500 : 1000.0 * d / steps;
                double y = LINE_HEIGHT - 4 - (LINE_HEIGHT - 8.0) * values.get(d) / max;
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            }
            svg.append("<polyline class=\"chart-line chart-series-").append(s % SERIES_COLOURS)
                    .append("\" fill=\"none\" vector-effect=\"non-scaling-stroke\" points=\"")
                    .append(points.toString().strip()).append("\"/>");
        }
        svg.append("</svg>");
        if (!days.isEmpty()) {
            int y = LINE_HEIGHT + 18 + 18;
            svg.append(text("chart-value", "0", y, "start", dayLabels.getOrDefault(days.getFirst(), "")));
            svg.append(text("chart-value", "100%", y, "end", dayLabels.getOrDefault(days.getLast(), "")));
        }
        return svg.append("</svg>").toString();
    }

    /** How many colours the lines cycle through (the stylesheet's {@code chart-series-0} to {@code -8}). */
    static final int SERIES_COLOURS = 9;

    private static StringBuilder open(String title, int height) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"100%\" height=\"")
                .append(Math.max(height, 1)).append("\"><title>").append(escape(title)).append("</title>");
    }

    private static String text(String cssClass, String x, int y, String anchor, String text) {
        return "<text class=\"" + cssClass + "\" x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\">"
                + escape(text) + "</text>";
    }

    /** Text as SVG text, never as markup: a term or a label cannot add an element. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c < 0x20 && c != '\t' ? ' ' : c);
            }
        }
        return b.toString();
    }
}
