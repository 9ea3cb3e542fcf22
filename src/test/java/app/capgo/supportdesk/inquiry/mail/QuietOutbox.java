package app.capgo.supportdesk.inquiry.mail;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.awaitility.Awaitility;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRepository;

/**
 * Waits until the outbox is quiet for some inquiries before a test counts their emails: every email
 * of theirs sent or undeliverable, no publication of theirs incomplete (nothing to resubmit), and the
 * retry poll then run twice more with that still true. A duplicate on its way (a resubmission) would
 * keep a publication incomplete, so it has arrived by then; no sleep decides it.
 */
public final class QuietOutbox {

    private QuietOutbox() {
    }

    public static void awaitQuiet(ApplicationContext app, Collection<String> references, Duration atMost) {
        JdbcClient jdbc = JdbcClient.create(app.getBean(javax.sql.DataSource.class));
        Set<Long> ids = Set.copyOf(jdbc.sql("select id from inquiry where reference in (:references)")
                .param("references", List.copyOf(references)).query(Long.class).list());
        if (ids.size() != references.size()) {
            throw new AssertionError("not every reference is stored: " + ids.size() + " of " + references.size());
        }
        MailRetry retry = app.getBean(MailRetry.class);
        EventPublicationRepository publications = app.getBean(EventPublicationRepository.class);
        Awaitility.await().atMost(atMost).until(() -> quiet(jdbc, publications, references, ids));
        long polls = retry.polls();
        Awaitility.await().atMost(atMost).until(() -> retry.polls() >= polls + 2);
        if (!quiet(jdbc, publications, references, ids)) {
            throw new AssertionError("the outbox woke up again after it was quiet");
        }
    }

    /** Waits until the retry poll has run {@code polls} more times: what it would do, it has done. */
    public static void awaitPolls(ApplicationContext app, int polls) {
        MailRetry retry = app.getBean(MailRetry.class);
        long start = retry.polls();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> retry.polls() >= start + polls);
    }

    private static boolean quiet(JdbcClient jdbc, EventPublicationRepository publications, Collection<String> references,
                                 Set<Long> ids) {
        long unsent = jdbc.sql("select count(*) from mail_delivery d join inquiry i on i.id = d.inquiry_id"
                        + " where i.reference in (:references) and d.state not in ('SENT', 'UNDELIVERABLE')")
                .param("references", List.copyOf(references)).query(Long.class).single();
        return unsent == 0 && publications.findIncompletePublications().stream()
                .noneMatch(p -> p.getEvent() instanceof MailDue due && ids.contains(due.inquiryId()));
    }
}
