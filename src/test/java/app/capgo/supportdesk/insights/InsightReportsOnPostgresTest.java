package app.capgo.supportdesk.insights;

import app.capgo.supportdesk.testdb.MigratedDatabase;

import javax.sql.DataSource;

/** {@link InsightReportsTest} on a real PostgreSQL (embedded): the same figures from the same statements. */
class InsightReportsOnPostgresTest extends InsightReportsTest {

    @Override
    DataSource database() {
        return MigratedDatabase.postgres();
    }
}
