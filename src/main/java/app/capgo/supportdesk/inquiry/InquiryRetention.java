package app.capgo.supportdesk.inquiry;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import app.capgo.supportdesk.inquiry.mail.Outbox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Personal data under GDPR: an inquiry older than the retention period is anonymised by a job that
 * runs every {@code support.retention.check-every}, and sales can erase one on request. Anonymising
 * clears the name, email, company, organisation, app scale, contact time, message and the emails'
 * last errors (which may quote an address), stops any email still to be sent, and keeps the
 * reference, plan, language, dates and status for the numbers; other modules clear what they keep
 * (the sales module's internal notes) on {@link InquiryAnonymised}, in the same transaction. Each
 * step is a single statement that skips what is already anonymised: several instances may run it at once.
 */
@Component
public class InquiryRetention implements SchedulingConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(InquiryRetention.class);
    /** The inquiries a statement works on: the given ones still holding personal data. */
    private static final String TARGETS = "SELECT id FROM inquiry WHERE anonymised_at IS NULL AND ";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final RetentionProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;
    private final ObjectProvider<Outbox> outbox;
    private final ApplicationEventPublisher events;

    InquiryRetention(JdbcClient jdbc, TransactionTemplate transaction, RetentionProperties properties, Clock clock,
                     MeterRegistry meters, ObjectProvider<Outbox> outbox, ApplicationEventPublisher events) {
        this.outbox = outbox;
        this.events = events;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::anonymiseExpired, properties.checkEvery(),
                properties.checkEvery()));
    }

    /** Anonymises every inquiry received before the retention period; returns how many. */
    public int anonymiseExpired() {
        Instant cutoff = clock.instant().atOffset(ZoneOffset.UTC).minus(properties.period()).toInstant();
        int count = anonymise("created_at < :cutoff", "cutoff", utc(cutoff), Eraser.RETENTION_JOB);
        if (count > 0) {
            LOG.info("Retention: anonymised {} inquiries received before {}", count, cutoff);
        }
        return count;
    }

    /** Erases the personal data of one inquiry on request, recording who did it; false when already erased. */
    public boolean erase(long id, String who) {
        boolean erased = anonymise("id = :target", "target", id, new Eraser.SalesUser(who)) == 1;
        if (erased) {
            LOG.info("Inquiry {}: personal data erased on request by {}", id, who);
        }
        return erased;
    }

    private int anonymise(String condition, String name, Object value, Eraser by) {
        // The job is recorded without a name: no user name can be taken for it.
        String who = by instanceof Eraser.SalesUser user ? user.name() : null;
        List<String> references = new ArrayList<>();
        Integer count = transaction.execute(status -> {
            String targets = "(" + TARGETS + condition + ")";
            // The inquiries are locked first: a note or status change arriving meanwhile (a stale tab)
            // waits for the erasure and then finds the inquiry erased.
            List<Long> ids = new ArrayList<>();
            jdbc.sql("SELECT id, reference FROM inquiry WHERE id IN " + targets + " FOR UPDATE").param(name, value)
                    .query(rs -> {
                        ids.add(rs.getLong(1));
                        references.add(rs.getString(2));
                    });
            if (!ids.isEmpty()) {
                events.publishEvent(new InquiryAnonymised(ids));
            }
            jdbc.sql("UPDATE mail_delivery SET last_error = NULL, state = CASE WHEN state = 'SENT' THEN 'SENT'"
                    + " ELSE 'UNDELIVERABLE' END WHERE inquiry_id IN " + targets).param(name, value).update();
            return jdbc.sql("UPDATE inquiry SET name = '', email = '', company = '', organisation = '', app_scale = '',"
                            + " contact_time = '', message = '', anonymised_at = :now, anonymised_by = :who,"
                            + " version = version + 1 WHERE id IN " + targets)
                    .param(name, value).param("now", utc(clock.instant())).param("who", who, java.sql.Types.VARCHAR).update();
        });
        int anonymised = count == null ? 0 : count;
        // The embedded SMTP server's copies go too (a real mail server's are out of the app's reach).
        outbox.ifAvailable(o -> o.erase(references));
        meters.counter("support.inquiries.anonymised", "by", by == Eraser.RETENTION_JOB ? "retention" : "request")
                .increment(anonymised);
        return anonymised;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
