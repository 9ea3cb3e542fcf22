package app.capgo.supportdesk.inquiry;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Takes premium-support inquiries: checks them, stores them with their two "email due" events in
 * one transaction and answers with the reference at once; the emails go out in the background.
 */
@Service
public class InquiryService {

    private final InquiryRepository repository;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Validator validator;
    private final Clock clock;
    private final SubmissionRateLimiter rateLimiter;

    InquiryService(InquiryRepository repository, ApplicationEventPublisher events, TransactionTemplate transaction,
                   Validator validator, Clock clock, InquiryProperties properties) {
        this.repository = repository;
        this.events = events;
        this.transaction = transaction;
        this.validator = validator;
        this.clock = clock;
        this.rateLimiter = new SubmissionRateLimiter(properties.rateLimit().submissions(),
                properties.rateLimit().window(), clock);
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
        if (!rateLimiter.tryAcquire(client)) {
            return new SubmissionResult.RateLimited();
        }
        String language = Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? "fr" : "en";
        String reference = transaction.execute(status -> {
            Inquiry inquiry = repository.save(new Inquiry(request, language, clock.instant()));
            inquiry.assignReference();
            events.publishEvent(new MailDue(inquiry.id(), MailKind.SALES));
            events.publishEvent(new MailDue(inquiry.id(), MailKind.CUSTOMER));
            return inquiry.reference();
        });
        return new SubmissionResult.Submitted(reference);
    }
}
