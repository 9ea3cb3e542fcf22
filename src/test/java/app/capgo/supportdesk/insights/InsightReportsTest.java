package app.capgo.supportdesk.insights;

import app.capgo.supportdesk.policy.Channel;
import app.capgo.supportdesk.testdb.MigratedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The figures of a period and language, read from the counts as several instances wrote them on several days. */
class InsightReportsTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-01");
    private final JdbcClient jdbc = JdbcClient.create(database());
    private final InsightCounts today = counts(TODAY);
    private final InsightReports reports = new InsightReports(jdbc, today);

    javax.sql.DataSource database() {
        return MigratedDatabase.h2();
    }

    private InsightCounts counts(LocalDate day) {
        return new InsightCounts(jdbc, Clock.fixed(day.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                Period.ofDays(90));
    }

    private static void times(int n, Runnable count) {
        for (int i = 0; i < n; i++) {
            count.run();
        }
    }

    /** Ten English flows today: 4 answered by the docs ... */
    private void seed() {
        InsightCounts c = today;
        times(10, () -> c.count(Measure.FLOW_STARTED, "", Locale.ENGLISH, Entry.LINK));
        times(8, () -> c.count(Measure.STEP_REACHED, "topic", Locale.ENGLISH, Entry.LINK));
        times(6, () -> c.count(Measure.STEP_REACHED, "plan", Locale.ENGLISH, Entry.LINK));
        times(2, () -> c.count(Measure.FLOW_LEFT, "topic", Locale.ENGLISH, Entry.LINK));
        times(1, () -> c.count(Measure.FLOW_LEFT, "plan", Locale.ENGLISH, Entry.LINK));
        times(3, () -> c.count(Measure.VERDICT_SHOWN, "community/not-covered", Locale.ENGLISH, Entry.LINK));
        times(1, () -> c.count(Measure.VERDICT_SHOWN, "status/platform-incident", Locale.ENGLISH, Entry.LINK));
        times(3, () -> c.count(Measure.VERDICT_SHOWN, "official/in-scope", Locale.ENGLISH, Entry.IN_APP));
        times(5, () -> c.count(Measure.DOCS_SEARCHED, "found", Locale.ENGLISH, Entry.LINK));
        times(2, () -> c.count(Measure.DOCS_ANSWERED, "yes", Locale.ENGLISH, Entry.LINK));
        times(6, () -> c.count(Measure.TOPIC_CHOSEN, "setup", Locale.ENGLISH, Entry.LINK));
        c.gap("Bundle 1234567890 keeps failing", Locale.ENGLISH);
        c.gap("bundle  keeps failing", Locale.ENGLISH);
        c.gap("channel override", Locale.ENGLISH);
        // French, five days ago and forty days ago, from another instance
        InsightCounts earlier = counts(TODAY.minusDays(5));
        times(4, () -> earlier.count(Measure.FLOW_STARTED, "", Locale.FRENCH, Entry.DIRECT));
        times(2, () -> earlier.count(Measure.TOPIC_CHOSEN, "billing", Locale.FRENCH, Entry.DIRECT));
        times(2, () -> earlier.count(Measure.VERDICT_SHOWN, "official/billing-open-to-all", Locale.FRENCH, Entry.DIRECT));
        earlier.gap("Facture en double", Locale.FRENCH);
        earlier.flush();
        InsightCounts old = counts(TODAY.minusDays(40));
        times(7, () -> old.count(Measure.FLOW_STARTED, "", Locale.ENGLISH, Entry.DIRECT));
        old.flush();
    }

    @Test
    void the_self_service_figures_follow_their_definitions_and_the_funnel_adds_up() {
        seed();
        InsightReport report = reports.read(InsightPeriod.last(1, TODAY, Optional.of("en")), 50);
        assertThat(report.total(Measure.FLOW_STARTED)).isEqualTo(10);
        assertThat(report.answeredByDocs()).isEqualTo(new Ratio(2, 5));
        assertThat(report.answeredByDocs().percent()).hasValue(40.0);
        assertThat(report.routedWithoutTicket()).as("community and status of all verdicts").isEqualTo(new Ratio(4, 7));
        assertThat(report.byChannel()).containsEntry(Channel.COMMUNITY, 3L).containsEntry(Channel.OFFICIAL, 3L)
                .containsEntry(Channel.STATUS, 1L);
        assertThat(report.byReason().keySet()).first().isIn("not-covered", "in-scope");
        assertThat(report.funnel()).containsExactly(new InsightReport.Stage("topic", 8, 2),
                new InsightReport.Stage("plan", 6, 1));
        assertThat(report.total(Measure.VERDICT_SHOWN) + report.flowsLeft()).as("every flow ended somewhere")
                .isEqualTo(report.total(Measure.FLOW_STARTED));
        assertThat(report.topicsByDay()).containsExactly(new InsightReport.DayCount(TODAY, "setup", 6));
        assertThat(report.gaps()).as("the same term once reduced, counted twice, most counted first")
                .extracting(InsightReport.GapCount::term, InsightReport.GapCount::n)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bundle keeps failing", 2L),
                        org.assertj.core.groups.Tuple.tuple("channel override", 1L));
    }

    @Test
    void the_period_and_the_language_choose_the_rows() {
        seed();
        assertThat(reports.read(InsightPeriod.last(7, TODAY, Optional.empty()), 50).total(Measure.FLOW_STARTED))
                .as("today's ten and the French four").isEqualTo(14);
        assertThat(reports.read(InsightPeriod.last(7, TODAY, Optional.of("fr")), 50).total(Measure.FLOW_STARTED)).isEqualTo(4);
        assertThat(reports.read(InsightPeriod.last(90, TODAY, Optional.empty()), 50).total(Measure.FLOW_STARTED)).isEqualTo(21);
        InsightReport forty = reports.read(new InsightPeriod(TODAY.minusDays(40), TODAY.minusDays(40), Optional.empty()), 50);
        assertThat(forty.total(Measure.FLOW_STARTED)).isEqualTo(7);
        assertThat(forty.gaps()).isEmpty();
        InsightReport french = reports.read(InsightPeriod.last(7, TODAY, Optional.of("fr")), 50);
        assertThat(french.gaps()).extracting(InsightReport.GapCount::term, InsightReport.GapCount::lastSeen)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("facture en double", TODAY.minusDays(5)));
        assertThat(reports.read(InsightPeriod.last(7, TODAY, Optional.empty()), 1).gaps()).hasSize(1);
    }

    @Test
    void the_last_clicks_of_this_instance_are_read_too() {
        today.count(Measure.PREMIUM_SUBMITTED, "", Locale.ENGLISH, Entry.IN_APP);
        assertThat(reports.read(InsightPeriod.last(1, TODAY, Optional.empty()), 10).total(Measure.PREMIUM_SUBMITTED)).isEqualTo(1);
    }

    @Test
    void an_empty_period_has_no_percentage_and_a_period_out_of_order_is_refused() {
        InsightReport report = reports.read(InsightPeriod.last(30, TODAY, Optional.empty()), 10);
        assertThat(report.answeredByDocs().percent()).isEmpty();
        assertThat(report.funnel()).isEmpty();
        assertThat(report.period().days().toList()).hasSize(30).startsWith(TODAY.minusDays(29)).endsWith(TODAY);
        assertThatThrownBy(() -> new InsightPeriod(TODAY, TODAY.minusDays(1), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InsightPeriod(TODAY.minusDays(InsightPeriod.MAX_DAYS), TODAY, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(List.of(new InsightPeriod(TODAY.minusDays(InsightPeriod.MAX_DAYS - 1), TODAY, Optional.empty()))).hasSize(1);
    }
}
