package app.capgo.supportdesk.inquiry;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.Period;

/**
 * How long an inquiry's personal data is kept ({@code support.retention.period}, default 24 months,
 * e.g. {@code 24m} or {@code 2y}) and how often the app looks for older ones
 * ({@code support.retention.check-every}, default one hour).
 */
@ConfigurationProperties("support.retention")
public record RetentionProperties(@DefaultValue("24m") Period period, @DefaultValue("1h") Duration checkEvery) {
}
