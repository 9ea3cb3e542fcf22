package app.capgo.supportdesk.inquiry;

import app.capgo.supportdesk.testdb.OnPostgres;

/** {@link UndeliverableMailTest} on a real PostgreSQL (embedded) instead of H2. */
@OnPostgres
class UndeliverableMailOnPostgresTest extends UndeliverableMailTest {
}
