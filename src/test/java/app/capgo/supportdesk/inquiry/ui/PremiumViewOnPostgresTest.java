package app.capgo.supportdesk.inquiry.ui;

import app.capgo.supportdesk.testdb.OnPostgres;

/** {@link PremiumViewTest} on a real PostgreSQL (embedded) instead of H2. */
@OnPostgres
class PremiumViewOnPostgresTest extends PremiumViewTest {
}
