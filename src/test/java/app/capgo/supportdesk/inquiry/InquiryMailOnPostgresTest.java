package app.capgo.supportdesk.inquiry;

import app.capgo.supportdesk.testdb.OnPostgres;

/** {@link InquiryMailTest} on a real PostgreSQL (embedded) instead of H2. */
@OnPostgres
class InquiryMailOnPostgresTest extends InquiryMailTest {
}
