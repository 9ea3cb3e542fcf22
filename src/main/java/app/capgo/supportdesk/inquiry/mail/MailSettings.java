package app.capgo.supportdesk.inquiry.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How the inquiry emails go out ({@code support.mail.*}): the sender, the retry of failed emails
 * (backoff, stuck-send timeout, poll interval), whether the embedded SMTP server is used (an explicit
 * choice: nobody receives what it gets) and its port, and how many confirmations to customers may
 * leave per hour, all instances together.
 */
@ConfigurationProperties("support.mail")
public record MailSettings(String from, Duration initialBackoff, Duration maxBackoff, Duration sendingTimeout,
                           Duration retryPoll, boolean embedded, int embeddedPort, int confirmationsPerHour) {
}
