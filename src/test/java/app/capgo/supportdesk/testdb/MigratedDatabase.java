package app.capgo.supportdesk.testdb;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.util.UUID;

/** A new database with the app's schema (its Flyway migrations), for a test without a Spring context. */
public final class MigratedDatabase {

    private MigratedDatabase() {
    }

    /** A new in-memory H2 database. */
    public static DataSource h2() {
        return migrate(new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""), "h2");
    }

    /** A new database on the embedded PostgreSQL. */
    public static DataSource postgres() {
        return migrate(new DriverManagerDataSource(TestPostgres.newDatabase(), TestPostgres.user(), ""), "postgresql");
    }

    private static DataSource migrate(DataSource database, String vendor) {
        flyway(database, vendor, "latest").migrate();
        return database;
    }

    /** The app's migrations for {@code vendor} ({@code h2}, {@code postgresql}) up to {@code target}. */
    static Flyway flyway(DataSource database, String vendor, String target) {
        return Flyway.configure().dataSource(database).target(target)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor).load();
    }
}
