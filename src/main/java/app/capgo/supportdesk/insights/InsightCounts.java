package app.capgo.supportdesk.insights;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
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

    private final Map<Key, AtomicLong> pending = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;
    private final Clock clock;

    InsightCounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Counts one {@code measure} (with its code-valued {@code detail}, or "" for none) in {@code language}. */
    public void count(Measure measure, String detail, Locale language, Entry entry) {
        String code = detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail;
        Key key = new Key(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), language.getLanguage(), entry, measure, code);
        pending.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
    }

    /** Adds the counts made since the last flush to the database. */
    @Scheduled(fixedDelayString = "${support.insights.flush-every}", initialDelayString = "${support.insights.flush-every}")
    public synchronized void flush() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        pending.forEach((key, counter) -> {
            long n = counter.getAndSet(0);
            if (n > 0) {
                try {
                    add(key, n);
                } catch (DataAccessException e) {
                    counter.addAndGet(n); // kept for the next flush
                    LOG.warn("Insight counts not written, kept for the next try: {}", e.getMessage());
                }
            } else if (key.day().isBefore(today)) {
                pending.remove(key, counter);
            }
        });
    }

    @PreDestroy
    void stop() {
        flush();
    }

    private void add(Key key, long n) {
        if (update(key, n) == 0) {
            try {
                jdbc.sql("INSERT INTO insight_count (count_day, language, entry, measure, detail, n) VALUES (?, ?, ?, ?, ?, ?)")
                        .params(key.day(), key.language(), key.entry().code(), key.measure().code(), key.detail(), n)
                        .update();
            } catch (DuplicateKeyException e) {
                update(key, n); // another instance wrote the row first
            }
        }
    }

    private int update(Key key, long n) {
        return jdbc.sql("UPDATE insight_count SET n = n + ? WHERE count_day = ? AND language = ? AND entry = ? AND measure = ?"
                        + " AND detail = ?")
                .params(n, key.day(), key.language(), key.entry().code(), key.measure().code(), key.detail()).update();
    }
}
