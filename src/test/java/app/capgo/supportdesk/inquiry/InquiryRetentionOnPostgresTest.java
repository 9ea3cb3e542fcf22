package app.capgo.supportdesk.inquiry;

import app.capgo.supportdesk.testdb.OnPostgres;

/** {@link InquiryRetentionTest} on a real PostgreSQL (embedded) instead of H2. */
@OnPostgres
class InquiryRetentionOnPostgresTest extends InquiryRetentionTest {
}
