package app.capgo.supportdesk.insights;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the insights of a period from the aggregate tables: three statements, each summing the
 * rows of the period (and language) the primary keys lead with. The counts still in memory are
 * written first, so that what the team reads includes the last clicks of this instance.
 */
@Component
public class InsightReports {

    /** The most content-gap terms read for the page; the CSV export reads up to {@link #MAX_GAPS_EXPORTED}. */
    public static final int MAX_GAPS_SHOWN = 200;
    public static final int MAX_GAPS_EXPORTED = 10_000;

    private final JdbcClient jdbc;
    private final InsightCounts counts;

    InsightReports(JdbcClient jdbc, InsightCounts counts) {
        this.jdbc = jdbc;
        this.counts = counts;
    }

    /** The report of {@code period}, with up to {@code maxGaps} content-gap terms, most counted first. */
    public InsightReport read(InsightPeriod period, int maxGaps) {
        counts.flush();
        String where = " WHERE count_day BETWEEN :from AND :to" + period.language().map(l -> " AND language = :language").orElse("");
        Map<Measure, Map<String, Long>> totals = new EnumMap<>(Measure.class);
        Map<String, Measure> byCode = new LinkedHashMap<>();
        for (Measure m : Measure.values()) {
            byCode.put(m.code(), m);
        }
        params(jdbc.sql("SELECT measure, detail, SUM(n) AS n FROM insight_count" + where
                + " GROUP BY measure, detail ORDER BY n DESC, detail"), period)
                .query(rs -> {
                    Measure m = byCode.get(rs.getString("measure"));
                    if (m != null) { // a measure an older or newer version counted
                        totals.computeIfAbsent(m, k -> new LinkedHashMap<>()).put(rs.getString("detail"), rs.getLong("n"));
                    }
                });
        List<InsightReport.DayCount> topics = params(jdbc.sql("SELECT count_day, detail, SUM(n) AS n FROM insight_count"
                + where + " AND measure = :measure GROUP BY count_day, detail ORDER BY count_day, detail"), period)
                .param("measure", Measure.TOPIC_CHOSEN.code())
                .query((rs, i) -> new InsightReport.DayCount(rs.getDate("count_day").toLocalDate(), rs.getString("detail"),
                        rs.getLong("n"))).list();
        List<InsightReport.GapCount> gaps = params(jdbc.sql("SELECT term, SUM(n) AS n, MAX(count_day) AS last_seen"
                + " FROM content_gap" + where + " GROUP BY term ORDER BY n DESC, last_seen DESC, term"
                + " FETCH FIRST " + Math.max(maxGaps, 0) + " ROWS ONLY"), period)
                .query((rs, i) -> new InsightReport.GapCount(rs.getString("term"), rs.getLong("n"),
                        rs.getDate("last_seen").toLocalDate())).list();
        return new InsightReport(period, totals, topics, gaps);
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec sql, InsightPeriod period) {
        JdbcClient.StatementSpec spec = sql.param("from", Date.valueOf(period.from())).param("to", Date.valueOf(period.to()));
        return period.language().map(l -> spec.param("language", l)).orElse(spec);
    }
}
