package app.capgo.supportdesk.inquiry;

import app.capgo.supportdesk.base.SharedCounters;
import app.capgo.supportdesk.base.i18n.Messages;
import app.capgo.supportdesk.inquiry.mail.MailDue;
import app.capgo.supportdesk.inquiry.mail.MailKind;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.SQLTransientException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Takes premium-support inquiries: checks them, stores them with one "email due" event per email
 * kind in one transaction and answers with the reference at once; the emails go out in the background.
 */
@Service
public class InquiryService {

    private static final Logger LOG = LoggerFactory.getLogger(InquiryService.class);
    private static final int STORE_ATTEMPTS = 3;

    private final InquiryRepository repository;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Validator validator;
    private final Clock clock;
    private final SubmissionRateLimiter rateLimiter;
    private final Counter stored;

    InquiryService(InquiryRepository repository, ApplicationEventPublisher events, TransactionTemplate transaction,
                   Validator validator, Clock clock, RateLimitProperties rateLimit, SharedCounters counters,
                   MeterRegistry meters) {
        this.repository = repository;
        this.events = events;
        this.transaction = transaction;
        this.validator = validator;
        this.clock = clock;
        this.rateLimiter = new SubmissionRateLimiter(counters, rateLimit.submissions(), rateLimit.window());
        this.stored = Counter.builder("support.inquiries.stored").description("Premium-support inquiries stored")
                .register(meters);
    }

    /** Submits an inquiry from {@code client} (its address), written in {@code locale}'s language. */
    public SubmissionResult submit(InquiryRequest request, Locale locale, String client) {
        if (!request.getWebsite().isBlank()) {
            return new SubmissionResult.Discarded();
        }
        Set<ConstraintViolation<InquiryRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            violations.forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(),
                    ValidationTexts.message(v.getMessageTemplate(), locale)));
            return new SubmissionResult.Rejected(errors);
        }
        String reference;
        try {
            if (!rateLimiter.tryAcquire(client)) {
                return new SubmissionResult.RateLimited();
            }
            String language = Messages.supported(locale).getLanguage();
            reference = store(request, language);
        } catch (DataAccessException | TransactionException e) {
            LOG.error("An inquiry could not be stored (nothing was sent; the customer was asked to try again): {}",
                    e.getMostSpecificCause().toString());
            return new SubmissionResult.NotStored();
        }
        stored.increment();
        LOG.info("Inquiry {} stored", reference);
        return new SubmissionResult.Submitted(reference);
    }

    /**
     * Stores the inquiry with its emails due, in one transaction: the reference is shown, and the
     * emails leave, only once this commit has succeeded. A conflict with a concurrent transaction
     * (H2 reports one under a burst of submissions) is tried again: nothing was written.
     */
    private String store(InquiryRequest request, String language) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> {
                    Inquiry inquiry = repository.save(new Inquiry(request, language, clock.instant()));
                    inquiry.assignReference();
                    for (MailKind kind : MailKind.values()) {
                        events.publishEvent(new MailDue(inquiry.id(), kind));
                    }
                    return inquiry.reference();
                });
            } catch (DataAccessException | TransactionException e) {
                if (attempt == STORE_ATTEMPTS || !isTransient(e)) {
                    throw e;
                }
                LOG.info("An inquiry met a concurrent transaction, trying again ({} of {})", attempt + 1, STORE_ATTEMPTS);
            }
        }
    }

    private static boolean isTransient(Exception e) {
        if (e instanceof TransientDataAccessException) {
            return true;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException) {
                return true;
            }
        }
        return false;
    }
}
