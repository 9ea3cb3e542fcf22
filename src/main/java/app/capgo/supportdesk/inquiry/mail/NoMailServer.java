package app.capgo.supportdesk.inquiry.mail;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Neither an SMTP server ({@code spring.mail.host}) nor the embedded one ({@code
 * support.mail.embedded=true}): the app would take inquiries whose emails go nowhere, so it does
 * not start. The sender it would need fails with {@link Missing}, which {@link MailStartFailure}
 * explains as "APPLICATION FAILED TO START", naming both settings.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoMailServer.Neither.class)
class NoMailServer {

    /** The mail sender's place, taken by a refusal to start. */
    @Bean
    JavaMailSender refusedMailSender() {
        throw new Missing();
    }

    static final class Neither implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return EmbeddedSmtp.noMailHost(context.getEnvironment()) && !EmbeddedSmtp.chosen(context.getEnvironment());
        }
    }

    /** No SMTP server is configured and the embedded one was not chosen. */
    static final class Missing extends IllegalStateException {
        Missing() {
            super("no SMTP server: spring.mail.host is not set and support.mail.embedded is not true");
        }
    }
}
