package app.capgo.supportdesk.insights;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The desk's aggregate counts: a click adds one in memory; every {@code support.insights.flush-every}
 * (and at shutdown) the counts are added to {@code insight_count}, one statement per changed count,
 * never one transaction per click. Instances add up: each adds its own counts to the same rows. A
 * count that cannot be written stays in memory for the next flush.
 */
@Component
public class InsightCounts {

    private static final Logger LOG = LoggerFactory.getLogger(InsightCounts.class);
    static final int MAX_DETAIL = 64;

    record Key(LocalDate day, String language, Entry entry, Measure measure, String detail) {
    }

    record Gap(LocalDate day, String language, String term) {
    }

    private final Map<Key, AtomicLong> pending = new ConcurrentHashMap<>();
    private final Map<Gap, AtomicLong> gaps = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Period gapRetention;

    InsightCounts(JdbcClient jdbc, Clock clock,
                  @Value("${support.insights.gap-retention}") Period gapRetention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.gapRetention = gapRetention;
    }

    /**
     * Counts a search without a good result (nothing found, or "no, it did not answer") as a content
     * gap of the docs, kept as {@link GapTerm} reduces it (nothing when nothing is left).
     */
    public void gap(String searched, Locale language) {
        GapTerm.of(searched).ifPresent(term -> gaps.computeIfAbsent(
                new Gap(today(), language.getLanguage(), term), k -> new AtomicLong()).incrementAndGet());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Counts one {@code measure} (with its code-valued {@code detail}, or "" for none) in {@code language}. */
    public void count(Measure measure, String detail, Locale language, Entry entry) {
        String code = detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail;
        Key key = new Key(today(), language.getLanguage(), entry, measure, code);
        pending.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
    }

    /** Adds the counts made since the last flush to the database. */
    @Scheduled(fixedDelayString = "${support.insights.flush-every}", initialDelayString = "${support.insights.flush-every}")
    public synchronized void flush() {
        LocalDate today = today();
        pending.forEach((key, counter) -> write(counter, key.day().isBefore(today), () -> pending.remove(key, counter),
                n -> add(key, n)));
        gaps.forEach((gap, counter) -> write(counter, gap.day().isBefore(today), () -> gaps.remove(gap, counter),
                n -> add(gap, n)));
        try {
            jdbc.sql("DELETE FROM content_gap WHERE count_day < ?").param(today.minus(gapRetention)).update();
        } catch (DataAccessException e) {
            LOG.warn("Old content-gap terms not deleted, tried again at the next flush: {}", e.getMessage());
        }
    }

    /** Adds what {@code counter} holds; a count the database refused stays for the next flush. */
    private static void write(AtomicLong counter, boolean past, Runnable forget, java.util.function.LongConsumer add) {
        long n = counter.getAndSet(0);
        if (n > 0) {
            try {
                add.accept(n);
            } catch (DataAccessException e) {
                counter.addAndGet(n);
                LOG.warn("Insight counts not written, kept for the next try: {}", e.getMessage());
            }
        } else if (past) {
            forget.run();
        }
    }

    private void add(Gap gap, long n) {
        upsert(() -> jdbc.sql("UPDATE content_gap SET n = n + ? WHERE count_day = ? AND language = ? AND term = ?")
                        .params(n, gap.day(), gap.language(), gap.term()).update(),
                () -> jdbc.sql("INSERT INTO content_gap (count_day, language, term, n) VALUES (?, ?, ?, ?)")
                        .params(gap.day(), gap.language(), gap.term(), n).update());
    }

    @PreDestroy
    void stop() {
        flush();
    }

    private void add(Key key, long n) {
        upsert(() -> jdbc.sql("UPDATE insight_count SET n = n + ? WHERE count_day = ? AND language = ? AND entry = ?"
                        + " AND measure = ? AND detail = ?")
                        .params(n, key.day(), key.language(), key.entry().code(), key.measure().code(), key.detail())
                        .update(),
                () -> jdbc.sql("INSERT INTO insight_count (count_day, language, entry, measure, detail, n)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                        .params(key.day(), key.language(), key.entry().code(), key.measure().code(), key.detail(), n)
                        .update());
    }

    /** Adds to the row, else creates it, else (another instance created it first) adds to it. */
    private static void upsert(java.util.function.IntSupplier update, Runnable insert) {
        if (update.getAsInt() == 0) {
            try {
                insert.run();
            } catch (DuplicateKeyException e) {
                update.getAsInt();
            }
        }
    }
}
