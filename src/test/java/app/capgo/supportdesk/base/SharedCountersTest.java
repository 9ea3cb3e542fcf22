package app.capgo.supportdesk.base;

import app.capgo.supportdesk.testdb.MigratedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static app.capgo.supportdesk.base.SharedCounters.Expiry.AFTER_FIRST_HIT;
import static app.capgo.supportdesk.base.SharedCounters.Expiry.AFTER_LAST_HIT;
import static org.assertj.core.api.Assertions.assertThat;

/** The database-kept counters: limits, expiry, and what a restart (a new instance) sees. */
class SharedCountersTest {

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-11-29T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final DataSource database = database();
    private final MovingClock clock = new MovingClock();

    /** H2 here, PostgreSQL in the twin. */
    DataSource database() {
        return MigratedDatabase.h2();
    }

    private SharedCounters instance() {
        return new SharedCounters(JdbcClient.create(database), new DataSourceTransactionManager(database), clock);
    }

    @Test
    void a_window_holds_its_limit_until_it_ends_and_then_starts_again() {
        SharedCounters counters = instance();
        for (int i = 0; i < 3; i++) {
            clock.now = clock.now.plusSeconds(60);
            assertThat(counters.tryHit(List.of("k"), 3, Duration.ofHours(1), AFTER_FIRST_HIT)).isTrue();
        }
        assertThat(counters.tryHit(List.of("k"), 3, Duration.ofHours(1), AFTER_FIRST_HIT)).isFalse();
        clock.now = clock.now.plus(Duration.ofMinutes(58)); // one hour after the first hit
        assertThat(counters.tryHit(List.of("k"), 3, Duration.ofHours(1), AFTER_FIRST_HIT)).isTrue();
        assertThat(counters.hits("k")).isEqualTo(1);
    }

    @Test
    void a_lockout_counts_from_the_last_hit_and_survives_a_restart() {
        SharedCounters first = instance();
        for (int i = 0; i < 5; i++) {
            assertThat(first.tryHit(List.of("user:dana", "client:10.0.0.1"), 5, Duration.ofMinutes(15), AFTER_LAST_HIT)).isTrue();
            clock.now = clock.now.plus(Duration.ofMinutes(10));
        }
        SharedCounters restarted = instance();
        assertThat(restarted.tryHit(List.of("user:dana", "client:10.0.0.2"), 5, Duration.ofMinutes(15), AFTER_LAST_HIT))
                .as("the user name is locked, whatever the client").isFalse();
        assertThat(restarted.hits("client:10.0.0.2")).as("a refused attempt counts nothing").isZero();
        clock.now = clock.now.plus(Duration.ofMinutes(5)); // fifteen minutes after the last failure
        assertThat(restarted.tryHit(List.of("user:dana", "client:10.0.0.2"), 5, Duration.ofMinutes(15), AFTER_LAST_HIT)).isTrue();
    }

    @Test
    void give_back_forget_and_cleanup() {
        SharedCounters counters = instance();
        counters.tryHit(List.of("a", "b"), 5, Duration.ofMinutes(15), AFTER_LAST_HIT);
        counters.tryHit(List.of("a", "b"), 5, Duration.ofMinutes(15), AFTER_LAST_HIT);
        counters.giveBack("a");
        counters.forget("b");
        assertThat(counters.hits("a")).isEqualTo(1);
        assertThat(counters.hits("b")).isZero();
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        assertThat(counters.deleteExpired()).isEqualTo(1);
        assertThat(JdbcClient.create(database).sql("SELECT COUNT(*) FROM rate_counter").query(Long.class).single()).isZero();
    }

    @Test
    void keys_are_not_stored_in_clear_nor_as_a_plain_hash_anyone_could_recompute() throws Exception {
        instance().tryHit(List.of("client:203.0.113.7"), 5, Duration.ofMinutes(15), AFTER_LAST_HIT);
        String plainSha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest("client:203.0.113.7".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(JdbcClient.create(database).sql("SELECT counter_key FROM rate_counter").query(String.class).list())
                .singleElement().asString().hasSize(64).doesNotContain("203.0.113.7").isNotEqualTo(plainSha256);
        assertThat(instance().hits("client:203.0.113.7")).as("another instance uses the same secret").isEqualTo(1);
    }
}
