package app.capgo.supportdesk.testdb;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Flyway migrations on both databases the app supports, with data in them: an inquiry stored
 * before V5 keeps the delivery state of its two emails, moved into {@code mail_delivery}.
 */
class MigrationsTest {

    private static DriverManagerDataSource newDatabase(String vendor) {
        return vendor.equals("postgresql")
                ? new DriverManagerDataSource(TestPostgres.newDatabase(), TestPostgres.user(), "")
                : new DriverManagerDataSource("jdbc:h2:mem:migrations-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    private static Flyway flyway(DriverManagerDataSource database, String vendor, String target) {
        return MigratedDatabase.flyway(database, vendor, target);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void an_inquiry_stored_before_v5_keeps_the_state_of_both_emails(String vendor) {
        DriverManagerDataSource database = newDatabase(vendor);
        flyway(database, vendor, "4").migrate();
        JdbcClient jdbc = JdbcClient.create(database);
        OffsetDateTime sent = OffsetDateTime.of(2026, 3, 1, 9, 30, 0, 0, ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO inquiry (id, reference, created_at, name, email, company, plan, organisation, app_scale,
                    contact_time, message, language, status, sales_mail_state, sales_mail_attempts, sales_mail_sent_at,
                    customer_mail_state, customer_mail_attempts, customer_mail_last_error, version)
                VALUES (7, 'PS-2026-000007', ?, 'Ada', 'ada@example.com', 'Analytical', 'TEAM', '', '', '', 'Hello', 'en',
                    'NEW', 'SENT', 1, ?, 'FAILING', 3, '421 try later', 0)""").params(sent, sent).update();

        flyway(database, vendor, "latest").migrate();

        List<Map<String, Object>> rows = jdbc.sql(
                "SELECT kind, state, attempts, last_error FROM mail_delivery WHERE inquiry_id = 7 ORDER BY kind").query().listOfRows();
        assertThat(rows).extracting(r -> r.get(key(r, "kind")), r -> r.get(key(r, "state")), r -> ((Number) r.get(key(r, "attempts"))).intValue(),
                r -> r.get(key(r, "last_error"))).containsExactly(
                org.assertj.core.groups.Tuple.tuple("CUSTOMER", "FAILING", 3, "421 try later"),
                org.assertj.core.groups.Tuple.tuple("SALES", "SENT", 1, null));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM information_schema.columns WHERE LOWER(table_name) = 'inquiry'"
                + " AND (LOWER(column_name) LIKE 'sales_mail%' OR LOWER(column_name) LIKE 'customer_mail%')").query(Long.class).single()).isZero();
        assertThat(flyway(database, vendor, "latest").info().pending()).isEmpty();
    }

    /** The column name as the database reports it (H2 in capitals, PostgreSQL in lower case). */
    private static String key(Map<String, Object> row, String column) {
        return row.keySet().stream().filter(k -> k.equalsIgnoreCase(column)).findFirst().orElseThrow();
    }
}
