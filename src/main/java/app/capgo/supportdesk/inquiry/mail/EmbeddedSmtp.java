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
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.util.Properties;

/**
 * With no SMTP server configured ({@code spring.mail.host} unset) and the embedded one chosen
 * ({@code support.mail.embedded=true}: development with {@code ./mvnw} and the tests), the app runs
 * GreenMail in-process on a loopback port and sends to it, so the whole flow works on a fresh
 * machine; the signed-in outbox shows what it received, and nobody else receives it. Without
 * either, the app does not start ({@link NoMailServer}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedSmtp.Chosen.class)
@EnableConfigurationProperties(MailProperties.class)
class EmbeddedSmtp {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSmtp.class);

    /** Whether {@code spring.mail.host} is unset (or blank). */
    static boolean noMailHost(Environment environment) {
        String host = environment.getProperty("spring.mail.host");
        return host == null || host.isBlank();
    }

    /** Whether the embedded SMTP server was chosen ({@code support.mail.embedded=true}). */
    static boolean chosen(Environment environment) {
        return environment.getProperty("support.mail.embedded", Boolean.class, false);
    }

    /** Matches when no {@code spring.mail.host} is configured and the embedded server is chosen. */
    static final class Chosen implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return noMailHost(context.getEnvironment()) && chosen(context.getEnvironment());
        }
    }

    @Bean(destroyMethod = "stop")
    GreenMail embeddedSmtpServer(MailSettings settings) {
        GreenMail server = new GreenMail(new ServerSetup(settings.embeddedPort(), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        server.start();
        LOG.warn("Emails go to the embedded test SMTP server (GreenMail, 127.0.0.1:{}): nobody receives them, the"
                + " signed-in outbox shows them. For real email set spring.mail.host (SPRING_MAIL_HOST) and turn"
                + " support.mail.embedded (SUPPORT_MAIL_EMBEDDED) off.", server.getSmtp().getPort());
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
