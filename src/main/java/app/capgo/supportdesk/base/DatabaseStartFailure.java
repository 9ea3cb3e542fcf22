package app.capgo.supportdesk.base;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/**
 * Says in plain words why the app could not open its database at start, and which setting to
 * change, instead of a stack trace: an H2 data folder already used by another running instance, a
 * data folder that cannot be written, a PostgreSQL server that cannot be reached or refuses the
 * user. Spring Boot prints the analysis as "APPLICATION FAILED TO START" (registered in
 * {@code META-INF/spring.factories}).
 */
public final class DatabaseStartFailure implements FailureAnalyzer {

    /** H2's "database may be already in use" (the file is locked by another process). */
    private static final int H2_ALREADY_OPEN = 90020;
    /** H2's "a file path that is implicitly relative to the current working directory is not allowed". */
    private static final int H2_IMPLICIT_RELATIVE_PATH = 90011;
    /** H2's "error while creating file" and its two "IO exception" codes. */
    private static final Set<Integer> H2_FILE_ERRORS = Set.of(90062, 90028, 90031);

    private final Environment environment;

    public DatabaseStartFailure(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        return causes(failure, SQLException.class).flatMap(this::explain)
                .or(() -> causes(failure, FileSystemException.class).map(this::unwritable)).orElse(null);
    }

    private Optional<FailureAnalysis> explain(SQLException sql) {
        String url = environment.getProperty("spring.datasource.url", "");
        String folder = folder();
        if (url.startsWith("jdbc:h2:file:")) {
            if (sql.getErrorCode() == H2_ALREADY_OPEN) {
                return Optional.of(new FailureAnalysis("The data folder " + folder + " is already used by another running"
                        + " instance of the app (its H2 database file is locked).", "Stop the other instance, or give this one"
                        + " a folder of its own: support.data-dir (environment SUPPORT_DATA_DIR). Several instances need"
                        + " PostgreSQL (profile postgres, SPRING_DATASOURCE_URL).", sql));
            }
            if (sql.getErrorCode() == H2_IMPLICIT_RELATIVE_PATH) {
                return Optional.of(new FailureAnalysis("The data folder " + folder + " is a relative path without ./ in"
                        + " front, which the H2 database does not accept.", "Write it as ./" + folder + " or as an absolute"
                        + " path: support.data-dir (environment SUPPORT_DATA_DIR).", sql));
            }
            if (H2_FILE_ERRORS.contains(sql.getErrorCode())) {
                return Optional.of(unwritable(sql));
            }
        }
        String state = Optional.ofNullable(sql.getSQLState()).orElse("");
        if (url.startsWith("jdbc:postgresql:") && state.startsWith("08")) {
            return Optional.of(new FailureAnalysis("PostgreSQL cannot be reached at " + url + " (" + sql.getMessage() + ").",
                    "Start PostgreSQL or correct its address: spring.datasource.url (environment"
                            + " SPRING_DATASOURCE_URL).", sql));
        }
        if (url.startsWith("jdbc:postgresql:") && state.startsWith("28")) {
            return Optional.of(new FailureAnalysis("PostgreSQL at " + url + " refused the user "
                    + environment.getProperty("spring.datasource.username", "") + " (" + sql.getMessage() + ").",
                    "Correct the user and password: spring.datasource.username and spring.datasource.password"
                            + " (environment SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD).", sql));
        }
        return Optional.empty();
    }

    private FailureAnalysis unwritable(Exception cause) {
        String folder = folder();
        return new FailureAnalysis("The data folder " + folder + " cannot be created or written (" + cause.getMessage() + ").",
                "Make the folder writable for the user running the app, or choose another one: support.data-dir"
                        + " (environment SUPPORT_DATA_DIR).", cause);
    }

    private static <T extends Throwable> Optional<T> causes(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    /** The data folder as configured (its default lives in application.properties only). */
    private String folder() {
        return java.util.Objects.requireNonNullElse(environment.getProperty("support.data-dir"), "(support.data-dir)");
    }
}
