package app.capgo.supportdesk.wizard;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.time.Duration;

/**
 * Where and how the status feed is read: {@code support.status.url} (environment
 * {@code SUPPORT_STATUS_URL}), the timeout of one read and how long a reading is reused.
 */
@ConfigurationProperties("support.status")
public record StatusProperties(URI url, Duration timeout, Duration cacheTtl, Duration failureTtl, URI page) {
}
