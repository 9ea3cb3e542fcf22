package app.capgo.supportdesk.inquiry.mail;

import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Retries failed emails with exponential backoff: every few seconds, the incomplete publications
 * whose email is failing and due again are resubmitted. After a restart, outstanding publications
 * are republished (spring.modulith.events.republish-outstanding-events-on-restart).
 */
@Component
class MailRetry implements SchedulingConfigurer {

    private final IncompleteEventPublications publications;
    private final MailStates states;
    private final MailSettings properties;
    private final Clock clock;
    /** Polls completed since start: a test that waits for a quiet outbox lets two more run before it counts. */
    private final AtomicLong polls = new AtomicLong();

    MailRetry(IncompleteEventPublications publications, MailStates states, MailSettings properties, Clock clock) {
        this.publications = publications;
        this.states = states;
        this.properties = properties;
        this.clock = clock;
    }

    /** Polls every {@code support.mail.retry-poll}, starting one poll after start-up. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::resubmitDue, properties.retryPoll(), properties.retryPoll()));
    }

    /** Reads the unsent emails once per poll, and only when some publication is incomplete. */
    void resubmitDue() {
        Instant now = clock.instant();
        SingletonSupplier<Map<MailDue, MailStates.Unsent>> unsent = SingletonSupplier.of(states::unsent);
        try {
            publications.resubmitIncompletePublications(publication -> publication.getEvent() instanceof MailDue due
                    && isDue(publication, Optional.ofNullable(unsent.obtain().get(due)), now));
        } finally {
            polls.incrementAndGet();
        }
    }

    /** How many polls have run to their end since start. */
    long polls() {
        return polls.get();
    }

    /** Due again: sent already (to complete it), pending or stuck too long, or failing past its backoff. */
    private boolean isDue(EventPublication publication, Optional<MailStates.Unsent> unsent, Instant now) {
        if (unsent.isEmpty()) {
            return true;
        }
        MailStates.Unsent mail = unsent.get();
        Duration stuck = properties.sendingTimeout();
        return switch (mail.state()) {
            case SENT, UNDELIVERABLE -> true;
            case PENDING -> publication.getPublicationDate().plus(stuck).isBefore(now);
            case SENDING -> mail.lastAttemptAt().map(t -> t.plus(stuck).isBefore(now)).orElse(true);
            case FAILING -> mail.lastAttemptAt().map(t -> !t.plus(backoff(mail.attempts())).isAfter(now)).orElse(true);
        };
    }

    /** 1x, 2x, 4x ... the initial backoff after each failed attempt, capped at the maximum. */
    Duration backoff(int attempts) {
        Duration initial = properties.initialBackoff();
        int doublings = Math.min(Math.max(attempts - 1, 0), 20);
        Duration backoff = initial.multipliedBy(1L << doublings);
        return backoff.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : backoff;
    }
}
