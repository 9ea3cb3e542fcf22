package app.capgo.supportdesk.insights;

import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** Insight counts for a unit test without a database: counted in memory, never flushed. */
public final class UnwrittenInsights {

    private UnwrittenInsights() {
    }

    public static InsightCounts create() {
        return new InsightCounts(JdbcClient.create(new SimpleDriverDataSource()), Clock.systemUTC(), java.time.Period.ofDays(90));
    }
}
