package app.capgo.supportdesk.base;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Bounds on the HTTP sessions visitors open ({@code support.sessions.*}): a session that never signed
 * in ends after {@code anonymousTimeout} idle (Vaadin's heartbeat keeps an open page alive), one
 * client opens at most {@code newPerClientPerMinute} sessions a minute, and beyond
 * {@code maxActive} sessions new visitors get a short "busy, try again in a minute" page (HTTP 503).
 */
@ConfigurationProperties("support.sessions")
public record SessionLimits(Duration anonymousTimeout, int newPerClientPerMinute, int maxActive) {
}
