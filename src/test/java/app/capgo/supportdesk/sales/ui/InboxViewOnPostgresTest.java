package app.capgo.supportdesk.sales.ui;

import app.capgo.supportdesk.testdb.OnPostgres;

/** {@link InboxViewTest} on a real PostgreSQL (embedded) instead of H2. */
@OnPostgres
class InboxViewOnPostgresTest extends InboxViewTest {
}
