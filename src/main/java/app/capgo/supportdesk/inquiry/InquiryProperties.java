package app.capgo.supportdesk.inquiry;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * Inquiry settings ({@code support.*}): sales recipients, the sender, submission limits and the
 * retry of failed emails.
 */
@ConfigurationProperties("support")
public record InquiryProperties(Sales sales, Mail mail, RateLimit rateLimit) {

    public record Sales(List<String> recipients) { }

    public record Mail(String from, Duration initialBackoff, Duration maxBackoff, Duration sendingTimeout,
                       int embeddedPort) { }

    public record RateLimit(int submissions, Duration window) { }
}
