package app.capgo.supportdesk.base;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Readiness ("storage"): UP only while the database takes a write. Reading is not enough: after a
 * full disk H2 closes the database, and a connection check alone still answered UP while every
 * submission failed. The probe rewrites one row of its own table ({@code storage_probe}).
 */
@Component
class StorageHealthIndicator implements HealthIndicator {

    private final JdbcClient jdbc;
    private final Clock clock;

    StorageHealthIndicator(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Health health() {
        try {
            int updated = jdbc.sql("UPDATE storage_probe SET checked_at = ? WHERE id = 1")
                    .param(OffsetDateTime.now(clock)).update();
            return updated == 1 ? Health.up().build() : Health.down().withDetail("error", "probe row missing").build();
        } catch (RuntimeException e) {
            // The kind of failure only: no SQL, no data.
            return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
