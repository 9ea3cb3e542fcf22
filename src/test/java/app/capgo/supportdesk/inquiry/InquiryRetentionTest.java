package app.capgo.supportdesk.inquiry;

import app.capgo.supportdesk.sales.InquiryDesk;
import app.capgo.supportdesk.sales.InquiryEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal data under GDPR: inquiries older than the retention period (24 months) are anonymised,
 * and sales erase one on request; the database is read afterwards.
 */
@SpringBootTest
class InquiryRetentionTest {

    @Autowired
    InquiryService service;
    @Autowired
    InquiryRepository repository;
    @Autowired
    InquiryRetention retention;
    @Autowired
    InquiryDesk desk;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    app.capgo.supportdesk.inquiry.mail.Outbox outbox;

    private long submit(String name) {
        String reference = ((SubmissionResult.Submitted) service.submit(Inquiries.valid(name), Locale.ENGLISH,
                "198.51.100." + name.length())).reference();
        return Inquiries.byReference(repository, reference).orElseThrow().id();
    }

    private Map<String, Object> row(long id) {
        return jdbc.sql("SELECT reference, name, email, company, organisation, app_scale, contact_time, message, plan,"
                + " status, created_at, anonymised_at, anonymised_by FROM inquiry WHERE id = ?").param(id).query()
                .listOfRows().getFirst();
    }

    private static Object get(Map<String, Object> row, String column) {
        return row.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(column)).findFirst().orElseThrow().getValue();
    }

    private long notes(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM inquiry_note WHERE inquiry_id = ?").param(id).query(Long.class).single();
    }

    @Test
    void inquiries_past_the_retention_period_are_anonymised_and_the_others_kept() {
        long old = submit("Old Customer");
        long recent = submit("Recent Customer");
        desk.addNote(old, "Called Old Customer at +33 6 12 34 56 78", "dana");
        desk.addNote(recent, "Call back on Monday", "dana");
        jdbc.sql("UPDATE mail_delivery SET last_error = 'bounced: old@example.com' WHERE inquiry_id = ?").param(old).update();
        jdbc.sql("UPDATE inquiry SET created_at = ? WHERE id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusMonths(24).minusDays(1), old).update();
        String reference = (String) get(row(old), "reference");

        assertThat(retention.anonymiseExpired()).isEqualTo(1);

        Map<String, Object> anonymised = row(old);
        for (String column : new String[]{"name", "email", "company", "organisation", "app_scale", "contact_time", "message"}) {
            assertThat(get(anonymised, column)).as(column).isEqualTo("");
        }
        assertThat(get(anonymised, "reference")).isEqualTo(reference);
        assertThat(get(anonymised, "plan")).isEqualTo("ENTERPRISE");
        assertThat(get(anonymised, "status")).isEqualTo("NEW");
        assertThat(get(anonymised, "created_at")).isNotNull();
        assertThat(get(anonymised, "anonymised_by")).as("the job is recorded without a name").isNull();
        assertThat(desk.get(old).orElseThrow().anonymisedBy()).contains(Eraser.RETENTION_JOB);
        assertThat(notes(old)).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_delivery WHERE inquiry_id = ? AND last_error IS NOT NULL")
                .param(old).query(Long.class).single()).isZero();

        assertThat(get(row(recent), "name")).isEqualTo("Recent Customer");
        assertThat(notes(recent)).isEqualTo(1);
        assertThat(retention.anonymiseExpired()).as("a second run (another instance) finds nothing left").isZero();
        assertThat(desk.history(desk.get(old).orElseThrow())).extracting(InquiryEvent::kind, InquiryEvent::who)
                .contains(org.assertj.core.groups.Tuple.tuple(InquiryEvent.Kind.ANONYMISED_BY_RETENTION, ""));
    }

    @Test
    void sales_erase_one_inquiry_on_request_and_the_history_says_who() {
        long id = submit("Erase Me");
        desk.addNote(id, "Prefers phone", "dana");

        assertThat(desk.erase(id, "dana")).isTrue();

        Map<String, Object> erased = row(id);
        assertThat(get(erased, "name")).isEqualTo("");
        assertThat(get(erased, "email")).isEqualTo("");
        assertThat(get(erased, "message")).isEqualTo("");
        assertThat(get(erased, "anonymised_by")).isEqualTo("dana");
        assertThat(notes(id)).isZero();
        assertThat(desk.history(desk.get(id).orElseThrow())).extracting(InquiryEvent::kind, InquiryEvent::who)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(InquiryEvent.Kind.ERASED, "dana"));
        // A sales user named like the job is still that user.
        long other = submit("Erase Me Too");
        assertThat(desk.erase(other, "retention")).isTrue();
        assertThat(desk.get(other).orElseThrow().anonymisedBy()).contains(new Eraser.SalesUser("retention"));
        assertThat(desk.history(desk.get(other).orElseThrow())).extracting(InquiryEvent::kind, InquiryEvent::who)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(InquiryEvent.Kind.ERASED, "retention"));
        assertThat(desk.erase(id, "dana")).as("already erased").isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_delivery WHERE inquiry_id = ? AND state IN ('PENDING', 'FAILING')")
                .param(id).query(Long.class).single()).as("nothing left to send to nobody").isZero();
    }

    @Test
    void once_erased_an_inquiry_takes_no_note_status_change_or_resend_whatever_a_stale_tab_shows() {
        long id = submit("Stale Tab");
        assertThat(desk.erase(id, "dana")).isTrue();
        String statusBefore = (String) get(row(id), "status");

        assertThat(desk.addNote(id, "Jane Roe, jane@example.com", "erik")).as("a note from a stale tab").isFalse();
        assertThat(notes(id)).isZero();
        assertThat(desk.changeStatus(id, app.capgo.supportdesk.inquiry.InquiryStatus.WON, "erik")).isFalse();
        assertThat(get(row(id), "status")).isEqualTo(statusBefore);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM inquiry_status_change WHERE inquiry_id = ?").param(id)
                .query(Long.class).single()).isZero();
        jdbc.sql("UPDATE mail_delivery SET state = 'FAILING' WHERE inquiry_id = ?").param(id).update();
        assertThat(desk.resend(id, app.capgo.supportdesk.inquiry.mail.MailKind.CUSTOMER)).isFalse();
    }

    @Test
    void erasure_removes_the_inquirys_emails_from_the_embedded_outbox() {
        long id = submit("Outbox Copy");
        String reference = repository.findById(id).orElseThrow().reference();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> mentioning(reference) == 2);
        assertThat(desk.erase(id, "dana")).isTrue();
        assertThat(mentioning(reference)).as("the outbox keeps no copy of an erased inquiry").isZero();
    }

    private long mentioning(String reference) {
        return outbox.messages().stream().filter(m -> {
            try {
                return m.getSubject().contains(reference);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }
}
