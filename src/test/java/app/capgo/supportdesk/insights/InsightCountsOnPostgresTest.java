package app.capgo.supportdesk.insights;

import app.capgo.supportdesk.testdb.MigratedDatabase;

import javax.sql.DataSource;

/** {@link InsightCountsTest} on a real PostgreSQL (embedded): two instances add up there too. */
class InsightCountsOnPostgresTest extends InsightCountsTest {

    @Override
    DataSource database() {
        return MigratedDatabase.postgres();
    }
}
