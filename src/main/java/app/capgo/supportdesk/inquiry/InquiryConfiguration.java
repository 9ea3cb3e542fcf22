package app.capgo.supportdesk.inquiry;

import app.capgo.supportdesk.inquiry.mail.MailSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Wiring of inquiries: their properties, the background sending and the retry schedule. */
@Configuration
@EnableAsync
@EnableScheduling
@EnableConfigurationProperties({RateLimitProperties.class, MailSettings.class})
class InquiryConfiguration {
}
