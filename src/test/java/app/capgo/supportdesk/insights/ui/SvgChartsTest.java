package app.capgo.supportdesk.insights.ui;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The charts' SVG: proportions, and text that can never become markup. */
class SvgChartsTest {

    @Test
    void bars_are_as_wide_as_their_share_of_the_largest_and_their_text_is_escaped() {
        String svg = SvgCharts.bars("Reasons <b>", List.of(new SvgCharts.Bar("a <script>alert(1)</script>", 50, "50"),
                new SvgCharts.Bar("b & \"c\"", 25, "25"), new SvgCharts.Bar("none", 0, "0")));
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>")
                .contains("<title>Reasons &lt;b&gt;</title>")
                .contains("a &lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script")
                .contains("b &amp; &quot;c&quot;")
                .contains("width=\"100.00%\"").contains("width=\"50.00%\"").contains("width=\"0.00%\"")
                .contains("height=\"132\"");
    }

    @Test
    void the_funnel_centres_each_stage_on_its_share_of_the_first() {
        String svg = SvgCharts.funnel("Funnel", List.of(new SvgCharts.Bar("Started", 10, "Started: 10"),
                new SvgCharts.Bar("Plan", 4, "Plan: 4")));
        assertThat(svg).contains("x=\"0.00%\" y=\"21\" width=\"100.00%\"").contains("x=\"30.00%\" y=\"65\" width=\"40.00%\"")
                .contains(">Plan: 4</text>");
    }

    @Test
    void lines_run_from_the_first_day_to_the_last_scaled_to_the_highest_value() {
        LocalDate first = LocalDate.parse("2026-11-30");
        List<LocalDate> days = List.of(first, first.plusDays(1));
        String svg = SvgCharts.lines("Topics", days, List.of(new SvgCharts.Series("setup", List.of(0L, 8L)),
                new SvgCharts.Series("billing", List.of(4L, 4L))), Map.of(first, "30 Nov", first.plusDays(1), "1 Dec"));
        assertThat(svg).contains("chart-series-0").contains("points=\"0.0,176.0 1000.0,4.0\"")
                .contains("chart-series-1").contains("points=\"0.0,90.0 1000.0,90.0\"")
                .contains(">8</text>").contains(">30 Nov</text>").contains(">1 Dec</text>");
    }
}
