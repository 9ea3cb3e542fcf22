package app.capgo.supportdesk.inquiry.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How the inquiry emails go out ({@code support.mail.*}): the sender, the retry of failed emails
 * (backoff, stuck-send timeout, poll interval) and the port of the embedded SMTP server.
 */
@ConfigurationProperties("support.mail")
public record MailSettings(String from, Duration initialBackoff, Duration maxBackoff, Duration sendingTimeout,
                           Duration retryPoll, int embeddedPort) {
}
