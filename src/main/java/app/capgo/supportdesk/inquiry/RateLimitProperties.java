package app.capgo.supportdesk.inquiry;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/** How many inquiries one client (IP address) may submit per window ({@code support.rate-limit.*}). */
@ConfigurationProperties("support.rate-limit")
public record RateLimitProperties(int submissions, Duration window) {
}
