package app.capgo.supportdesk.base;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * Everything about sales ({@code support.sales.*}): who receives premium-support inquiries
 * ({@code recipients}, environment {@code SUPPORT_SALES_RECIPIENTS}), the sales users who sign in
 * ({@code users}, comma-separated {@code username:{bcrypt}$2a$...} entries, environment
 * {@code SUPPORT_SALES_USERS}), the throttling of failed logins, and {@code reset-password}: a user
 * name whose password the start sets anew (printed once), for a lost first-start password.
 */
@ConfigurationProperties("support.sales")
public record SalesProperties(List<String> recipients, String users, int maxFailedLogins, Duration lockout,
                              String resetPassword) {
}
