package app.capgo.supportdesk.security;

import app.capgo.supportdesk.testdb.OnPostgres;

/** {@link SalesUsersTest} on a real PostgreSQL (embedded) instead of H2. */
@OnPostgres
class SalesUsersOnPostgresTest extends SalesUsersTest {
}
