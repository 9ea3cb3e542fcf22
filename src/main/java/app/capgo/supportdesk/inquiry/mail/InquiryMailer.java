package app.capgo.supportdesk.inquiry.mail;

import app.capgo.supportdesk.inquiry.Inquiry;
import app.capgo.supportdesk.inquiry.InquiryRepository;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Sends an inquiry's due email. The email is claimed first (an atomic update to SENDING), sent,
 * then marked SENT; a failure is recorded (FAILING, attempt count, last error) and rethrown, so
 * that its event publication stays incomplete and is retried. An email already SENT is never sent
 * again; one being sent elsewhere is left to that sender.
 */
@Component
class InquiryMailer {

    private static final Logger LOG = LoggerFactory.getLogger(InquiryMailer.class);

    private final InquiryRepository repository;
    private final InquiryMails mails;
    private final MailStates states;
    private final Clock clock;
    private final MailSettings properties;
    private final MeterRegistry meters;
    private final ConfirmationCap confirmations;

    InquiryMailer(InquiryRepository repository, InquiryMails mails, MailStates states, Clock clock,
                  MailSettings properties, MeterRegistry meters, ConfirmationCap confirmations) {
        this.confirmations = confirmations;
        this.repository = repository;
        this.mails = mails;
        this.states = states;
        this.clock = clock;
        this.properties = properties;
        this.meters = meters;
    }

    /**
     * Runs after the inquiry's commit, on a background thread, outside any transaction: each state
     * change commits on its own, so a failure stays recorded when the exception leaves the listener.
     */
    @Async
    @TransactionalEventListener
    void on(MailDue due) {
        Instant now = clock.instant();
        if (!states.claim(due.inquiryId(), due.kind(), now, now.minus(properties.sendingTimeout()))) {
            Optional<MailDelivery.State> state = states.state(due.inquiryId(), due.kind());
            if (state.isEmpty() || state.get() == MailDelivery.State.SENT
                    || state.get() == MailDelivery.State.UNDELIVERABLE) {
                return; // sent already, undeliverable, or no such inquiry: nothing left to send
            }
            throw new RetryLater("inquiry " + due.inquiryId() + ": " + due.kind() + " email is being sent");
        }
        if (due.kind() == MailKind.CUSTOMER && !confirmations.tryAcquire()) {
            states.undeliverable(due.inquiryId(), due.kind(), "not sent: the hourly limit of "
                    + properties.confirmationsPerHour() + " confirmations was reached");
            count(due, "capped");
            return;
        }
        try {
            Inquiry inquiry = repository.findById(due.inquiryId())
                    .orElseThrow(() -> new IllegalStateException("no inquiry " + due.inquiryId()));
            MimeMessage message = mails.compose(inquiry, due.kind());
            mails.send(message);
        } catch (RuntimeException | MessagingException e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            // The log and the retry's exception (which the event registry logs) name no address.
            String logged = LogSafe.mask(error);
            if (PermanentFailure.is(e)) {
                LOG.warn("Inquiry {}: {} email undeliverable, not retried: {}", due.inquiryId(), due.kind(), logged);
                states.undeliverable(due.inquiryId(), due.kind(), error);
                count(due, "undeliverable");
                return;
            }
            LOG.warn("Inquiry {}: {} email failed, will retry: {}", due.inquiryId(), due.kind(), logged);
            states.failed(due.inquiryId(), due.kind(), error);
            count(due, "failed");
            throw new RetryLater("inquiry " + due.inquiryId() + ": " + due.kind() + " email failed: " + logged);
        }
        states.sent(due.inquiryId(), due.kind(), clock.instant());
        count(due, "sent");
        LOG.info("Inquiry {}: {} email sent", due.inquiryId(), due.kind());
    }

    /** One more email of this kind ended with {@code outcome} (sent, failed, undeliverable). */
    private void count(MailDue due, String outcome) {
        meters.counter("support.emails", "kind", due.kind().key(), "outcome", outcome).increment();
    }
}
