package app.capgo.supportdesk.sales;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Sales sign-in: {@code support.sales.users} (environment {@code SUPPORT_SALES_USERS}),
 * comma-separated {@code username:{bcrypt}$2a$...} entries, and the throttling of failed logins.
 */
@ConfigurationProperties("support.sales")
public record SalesProperties(String users, int maxFailedLogins, Duration lockout) {
}
