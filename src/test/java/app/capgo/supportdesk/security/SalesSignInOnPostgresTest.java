package app.capgo.supportdesk.security;

import app.capgo.supportdesk.testdb.OnPostgres;

/** {@link SalesSignInTest} on a real PostgreSQL (embedded) instead of H2. */
@OnPostgres
class SalesSignInOnPostgresTest extends SalesSignInTest {
}
