package app.capgo.supportdesk.inquiry;

import app.capgo.supportdesk.inquiry.mail.MailSettings;
import app.capgo.supportdesk.inquiry.mail.RetryLater;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Wiring of inquiries: their properties, the background sending and the retry schedule. */
@Configuration
@EnableAsync
@EnableScheduling
@EnableConfigurationProperties({RateLimitProperties.class, MailSettings.class, RetentionProperties.class})
class InquiryConfiguration implements AsyncConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(InquiryConfiguration.class);

    /** An email to retry was logged in one line where it failed; anything else is an error with its trace. */
    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        return (error, method, parameters) -> {
            if (error instanceof RetryLater) {
                LOG.debug("{}", error.getMessage());
            } else {
                LOG.error("Unexpected error in background task {}", method, error);
            }
        };
    }
}
