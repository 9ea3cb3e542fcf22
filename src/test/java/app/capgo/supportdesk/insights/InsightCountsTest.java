package app.capgo.supportdesk.insights;

import app.capgo.supportdesk.testdb.MigratedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The counts are written in batches, instances add up, and a count the database refused is kept. */
class InsightCountsTest {

    private final DataSource database = database();
    private final JdbcClient jdbc = JdbcClient.create(database);
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    DataSource database() {
        return MigratedDatabase.h2();
    }

    private long stored(Measure measure, String detail) {
        return jdbc.sql("SELECT COALESCE(SUM(n), 0) FROM insight_count WHERE measure = ? AND detail = ?")
                .params(measure.code(), detail).query(Long.class).single();
    }

    @Test
    void clicks_are_written_at_the_flush_and_two_instances_counting_together_add_up() throws Exception {
        InsightCounts first = new InsightCounts(jdbc, clock, java.time.Period.ofDays(90));
        InsightCounts second = new InsightCounts(jdbc, clock, java.time.Period.ofDays(90));
        first.count(Measure.STEP_REACHED, "impact", Locale.ENGLISH, Entry.LINK);
        assertThat(stored(Measure.STEP_REACHED, "impact")).as("nothing written per click").isZero();

        List<Future<?>> work = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (InsightCounts instance : List.of(first, second)) {
                for (int t = 0; t < 2; t++) {
                    work.add(pool.submit(() -> {
                        for (int i = 0; i < 500; i++) {
                            instance.count(Measure.STEP_REACHED, "impact", Locale.ENGLISH, Entry.LINK);
                            if (i % 100 == 0) {
                                instance.flush();
                            }
                        }
                    }));
                }
            }
            for (Future<?> f : work) {
                f.get();
            }
        }
        first.flush();
        second.flush();
        assertThat(stored(Measure.STEP_REACHED, "impact")).isEqualTo(2001);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM insight_count WHERE measure = ?").param(Measure.STEP_REACHED.code())
                .query(Long.class).single()).as("one row for the day, language, entry and detail").isEqualTo(1);
    }

    @Test
    void a_count_the_database_could_not_take_is_written_at_the_next_flush() {
        InsightCounts counts = new InsightCounts(jdbc, clock, java.time.Period.ofDays(90));
        counts.count(Measure.DOCS_ANSWERED, "yes", Locale.FRENCH, Entry.IN_APP);
        jdbc.sql("ALTER TABLE insight_count RENAME TO insight_count_away").update();
        try {
            counts.flush();
        } finally {
            jdbc.sql("ALTER TABLE insight_count_away RENAME TO insight_count").update();
        }
        counts.flush();
        assertThat(jdbc.sql("SELECT n FROM insight_count WHERE measure = 'docs-answered' AND language = 'fr'"
                + " AND entry = 'in-app' AND detail = 'yes'").query(Long.class).list()).containsExactly(1L);
    }

    private List<String> terms() {
        return jdbc.sql("SELECT term FROM content_gap ORDER BY term").query(String.class).list();
    }

    @Test
    void a_content_gap_is_kept_masked_lower_cased_without_addresses_links_or_ids_and_counted() {
        InsightCounts counts = new InsightCounts(jdbc, clock, java.time.Period.ofDays(90));
        counts.gap("Rollback FAILS for ada@example.com with token=abcdefghijklmnop1234 ghp_abcdefghijklmnopqrstuvwxyz0123456789"
                + " see https://user:pw@console.capgo.app/app/42 bundle 12345678 id 0f3c2a9e-77aa-4b1c-9d2e-1234567890ab", Locale.ENGLISH);
        counts.gap("rollback   fails", Locale.ENGLISH);
        counts.gap("Rollback fails", Locale.ENGLISH);
        counts.gap("ada@example.com 1234567", Locale.FRENCH);
        counts.gap("x".repeat(300), Locale.ENGLISH);
        counts.flush();
        List<String> terms = terms();
        assertThat(terms).hasSize(3).allSatisfy(term -> assertThat(term).hasSizeLessThanOrEqualTo(100)
                .doesNotContain("@", "ada", "ghp_", "abcdefghijklmnop1234", "capgo.app", "pw", "12345678", "0f3c2a9e")
                .isLowerCase());
        assertThat(terms).contains("rollback fails", "x".repeat(100));
        assertThat(jdbc.sql("SELECT n FROM content_gap WHERE term = 'rollback fails'").query(Long.class).single())
                .as("the same words, however written").isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM content_gap WHERE language = 'fr'").query(Long.class).single())
                .as("nothing left of an address and a number: not kept").isZero();
    }

    @Test
    void content_gaps_older_than_the_retention_are_deleted() {
        InsightCounts counts = new InsightCounts(jdbc, clock, java.time.Period.ofDays(90));
        java.time.LocalDate today = java.time.LocalDate.of(2026, 12, 1);
        jdbc.sql("INSERT INTO content_gap (count_day, language, term, n) VALUES (?, 'en', 'old question', 3)")
                .param(today.minusDays(91)).update();
        jdbc.sql("INSERT INTO content_gap (count_day, language, term, n) VALUES (?, 'en', 'recent question', 1)")
                .param(today.minusDays(90)).update();
        counts.flush();
        assertThat(terms()).containsExactly("recent question");
    }
}
