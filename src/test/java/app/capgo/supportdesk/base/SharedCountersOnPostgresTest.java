package app.capgo.supportdesk.base;

import app.capgo.supportdesk.testdb.MigratedDatabase;

import javax.sql.DataSource;

/** {@link SharedCountersTest} on a real PostgreSQL (embedded). */
class SharedCountersOnPostgresTest extends SharedCountersTest {

    @Override
    DataSource database() {
        return MigratedDatabase.postgres();
    }
}
