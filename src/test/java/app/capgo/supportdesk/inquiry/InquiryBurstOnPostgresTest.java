package app.capgo.supportdesk.inquiry;

import app.capgo.supportdesk.testdb.OnPostgres;

/** {@link InquiryBurstTest} on a real PostgreSQL (embedded) instead of H2. */
@OnPostgres
class InquiryBurstOnPostgresTest extends InquiryBurstTest {
}
