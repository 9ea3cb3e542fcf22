package app.capgo.supportdesk.base;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;

/**
 * Premium Support as Capgo sells it ({@code support.premium.*}): a monthly retainer with hours of
 * expert support included and a rate for each additional hour. Prices are configuration, not code.
 */
@ConfigurationProperties("support.premium")
public record PremiumOffer(String currency, BigDecimal monthlyFee, int includedHours, BigDecimal extraHourFee) {
}
