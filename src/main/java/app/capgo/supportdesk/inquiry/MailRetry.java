package app.capgo.supportdesk.inquiry;

import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Retries failed emails with exponential backoff: every few seconds, the incomplete publications
 * whose email is failing and due again are resubmitted. After a restart, outstanding publications
 * are republished (spring.modulith.events.republish-outstanding-events-on-restart).
 */
@Component
class MailRetry {

    private final IncompleteEventPublications publications;
    private final InquiryRepository repository;
    private final InquiryProperties properties;
    private final Clock clock;

    MailRetry(IncompleteEventPublications publications, InquiryRepository repository, InquiryProperties properties,
              Clock clock) {
        this.publications = publications;
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${support.mail.retry-poll:5s}", initialDelayString = "${support.mail.retry-poll:5s}")
    void resubmitDue() {
        Instant now = clock.instant();
        publications.resubmitIncompletePublications(publication -> isDue(publication, now));
    }

    private boolean isDue(EventPublication publication, Instant now) {
        if (!(publication.getEvent() instanceof MailDue due)) {
            return false;
        }
        return repository.findById(due.inquiryId()).map(i -> i.mail(due.kind())).map(mail -> switch (mail.state()) {
            case SENT -> true;
            case PENDING -> publication.getPublicationDate().plus(properties.mail().sendingTimeout()).isBefore(now);
            case SENDING -> mail.lastAttemptAt().map(t -> t.plus(properties.mail().sendingTimeout()).isBefore(now))
                    .orElse(true);
            case FAILING -> mail.lastAttemptAt().map(t -> !t.plus(backoff(mail.attempts())).isAfter(now)).orElse(true);
        }).orElse(false);
    }

    /** 1x, 2x, 4x ... the initial backoff after each failed attempt, capped at the maximum. */
    Duration backoff(int attempts) {
        Duration initial = properties.mail().initialBackoff();
        int doublings = Math.min(Math.max(attempts - 1, 0), 20);
        Duration backoff = initial.multipliedBy(1L << doublings);
        return backoff.compareTo(properties.mail().maxBackoff()) > 0 ? properties.mail().maxBackoff() : backoff;
    }
}
