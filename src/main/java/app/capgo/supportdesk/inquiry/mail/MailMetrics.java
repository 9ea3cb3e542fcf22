package app.capgo.supportdesk.inquiry.mail;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * What the operator watches about emails, read from the database at each scrape (so it holds for
 * every instance): how many wait to go out, and how long the oldest of them has waited.
 */
@Component
class MailMetrics {

    MailMetrics(MailStates states, Clock clock, MeterRegistry meters) {
        Gauge.builder("support.emails.waiting", states, MailStates::waiting)
                .description("Emails pending, being sent or failing (waiting for a retry)").register(meters);
        Gauge.builder("support.emails.oldest.waiting.seconds", states, s -> s.oldestWaiting()
                        .map(t -> (double) Duration.between(t, clock.instant()).toSeconds()).orElse(0.0))
                .description("Age of the oldest email not delivered yet (0 when none waits)").register(meters);
    }
}
