package app.capgo.supportdesk.inquiry;

import app.capgo.supportdesk.testdb.TestPostgres;

import java.util.List;

/** {@link InquiryDeliveryOutageTest} on a real PostgreSQL (embedded): a new database per app, as there. */
class InquiryDeliveryOutageOnPostgresTest extends InquiryDeliveryOutageTest {

    @Override
    protected List<String> newDatabase(String label) {
        return List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + TestPostgres.newDatabase(),
                "--spring.datasource.username=" + TestPostgres.user(), "--spring.datasource.password=");
    }
}
