package app.capgo.supportdesk.base;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Refuses to start on an H2 database file of zero bytes (a failed copy, a full disk): H2 would
 * take it for a new database, run the migrations and create a new sales password, and the data
 * would silently be gone. Checked before the migrations run.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseFile {

    private static final String H2_FILE = "jdbc:h2:file:";

    @Bean
    FlywayMigrationStrategy refuseEmptyDatabaseFile(DataSourceProperties dataSource) {
        return flyway -> {
            check(dataSource.getUrl());
            flyway.migrate();
        };
    }

    /** Throws with a plain explanation when {@code url} names an H2 file that exists and is empty. */
    static void check(String url) {
        if (url == null || !url.startsWith(H2_FILE)) {
            return;
        }
        Path file = Path.of(url.substring(H2_FILE.length()).split(";")[0] + ".mv.db");
        try {
            if (Files.exists(file) && Files.size(file) == 0) {
                throw new IllegalStateException("The database file " + file.toAbsolutePath() + " is empty (0 bytes),"
                        + " probably cut short by a failed copy or a full disk. The app does not start on it, so"
                        + " that a new empty database does not replace your data: restore the file from a backup,"
                        + " or delete it to start afresh (folder: support.data-dir, environment SUPPORT_DATA_DIR).");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the database file " + file, e);
        }
    }
}
