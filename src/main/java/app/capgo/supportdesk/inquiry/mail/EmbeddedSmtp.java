package app.capgo.supportdesk.inquiry.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.util.Properties;

/**
 * With no SMTP server configured ({@code spring.mail.host} unset), the app runs GreenMail
 * in-process on a loopback port and sends to it, so the whole flow works on a fresh machine; the
 * signed-in outbox shows what it received.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedSmtp.NoMailHost.class)
@EnableConfigurationProperties(MailProperties.class)
class EmbeddedSmtp {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSmtp.class);

    /** Matches when no {@code spring.mail.host} is configured. */
    static final class NoMailHost implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String host = context.getEnvironment().getProperty("spring.mail.host");
            return host == null || host.isBlank();
        }
    }

    @Bean(destroyMethod = "stop")
    GreenMail embeddedSmtpServer(MailSettings settings) {
        GreenMail server = new GreenMail(new ServerSetup(settings.embeddedPort(), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        server.start();
        LOG.info("No SMTP server configured: embedded SMTP (GreenMail) listening on 127.0.0.1:{}; see the outbox",
                server.getSmtp().getPort());
        return server;
    }

    /** A sender to the embedded server, with the same spring.mail.* encoding and JavaMail settings a real one gets. */
    @Bean
    JavaMailSender embeddedMailSender(GreenMail server, MailProperties mail) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(server.getSmtp().getPort());
        sender.setDefaultEncoding(mail.getDefaultEncoding().name());
        Properties javaMail = new Properties();
        javaMail.putAll(mail.getProperties());
        sender.setJavaMailProperties(javaMail);
        return sender;
    }

    @Bean
    Outbox embeddedOutbox(GreenMail server) {
        return new EmbeddedOutbox(server);
    }
}
