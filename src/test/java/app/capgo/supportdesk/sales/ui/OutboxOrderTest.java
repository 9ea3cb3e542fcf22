package app.capgo.supportdesk.sales.ui;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded server keeps its mail by mailbox; the outbox lists it by when it was sent, newest first. */
class OutboxOrderTest {

    private static OutboxView.Mail mail(String subject, String sent) {
        return new OutboxView.Mail("sales@capgo.app", "a@example.com", "", subject,
                Optional.ofNullable(sent).map(Instant::parse), "");
    }

    @Test
    void mails_of_several_mailboxes_are_listed_newest_first_and_one_without_a_date_last() {
        List<OutboxView.Mail> byMailbox = List.of(mail("a-1", "2026-12-01T10:00:00Z"), mail("a-2", "2026-12-01T12:00:00Z"),
                mail("b-1", "2026-12-01T11:00:00Z"), mail("undated", null));
        assertThat(OutboxView.newestFirst(byMailbox)).extracting(OutboxView.Mail::subject)
                .containsExactly("a-2", "b-1", "a-1", "undated");
    }
}
