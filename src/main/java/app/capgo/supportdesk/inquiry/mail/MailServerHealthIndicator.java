package app.capgo.supportdesk.inquiry.mail;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Readiness reports where the emails go ("mailServer"): the configured SMTP host, or the embedded
 * test server that nobody receives email from. Always UP: a mail server that is down delays the
 * emails (they are retried), it never stops the app from taking inquiries.
 */
@Component("mailServer")
class MailServerHealthIndicator implements HealthIndicator {

    private final Health health;

    MailServerHealthIndicator(Environment environment) {
        health = MailServer.of(environment) != MailServer.HOST
                ? Health.up().withDetail("server", "embedded")
                        .withDetail("note", "emails go to the embedded test server: nobody receives them").build()
                : Health.up().withDetail("server", environment.getProperty("spring.mail.host")).build();
    }

    @Override
    public Health health() {
        return health;
    }
}
