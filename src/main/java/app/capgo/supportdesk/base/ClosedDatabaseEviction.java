package app.capgo.supportdesk.base;

import com.zaxxer.hikari.SQLExceptionOverride;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells the connection pool to drop a connection whose H2 database was closed under it (after a
 * write failed, e.g. on a full disk, H2 closes the database): the next connection opens the database
 * again, so the app recovers by itself once space is back. Hikari already drops connections for
 * PostgreSQL's connection errors (SQL state 08xxx); every other error keeps its default handling.
 */
public final class ClosedDatabaseEviction implements SQLExceptionOverride {

    /** H2's "database is closed", "database called at shutdown" and "file corrupted while writing". */
    private static final Set<Integer> CLOSED = Set.of(90098, 90121, 90030);

    @java.lang.Override
    public Override adjudicate(SQLException exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && CLOSED.contains(sql.getErrorCode())) {
                return Override.MUST_EVICT;
            }
        }
        return Override.CONTINUE_EVICT;
    }
}
