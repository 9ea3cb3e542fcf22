package app.capgo.supportdesk.security;

import app.capgo.supportdesk.testdb.MigratedDatabase;

import javax.sql.DataSource;

/** {@link ThrottledSignInTest} with the failures counted on a real PostgreSQL (embedded). */
class ThrottledSignInOnPostgresTest extends ThrottledSignInTest {

    @Override
    DataSource database() {
        return MigratedDatabase.postgres();
    }
}
