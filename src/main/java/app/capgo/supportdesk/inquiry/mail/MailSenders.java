package app.capgo.supportdesk.inquiry.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.util.Properties;

/**
 * The mail sender, for the server {@link MailServer} finds when the app starts. With {@code
 * spring.mail.host}, a sender configured from {@code spring.mail.*} as Spring Boot's own would be
 * (whose auto-configuration then stands back). With the embedded server chosen (development with
 * {@code ./mvnw} and the tests), GreenMail runs in-process on a loopback port and receives
 * everything: the signed-in outbox shows it, nobody else receives it. With neither, the sender
 * fails with {@link MailServer.Missing}, which {@link MailStartFailure} explains.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailSenders {

    private static final Logger LOG = LoggerFactory.getLogger(MailSenders.class);

    /** The embedded server, started only when it was chosen (no bean otherwise). */
    @Bean(destroyMethod = "stop")
    @Nullable GreenMail embeddedSmtpServer(Environment environment, MailSettings settings) {
        if (MailServer.of(environment) != MailServer.EMBEDDED) {
            return null;
        }
        GreenMail server = new GreenMail(new ServerSetup(settings.embeddedPort(), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        server.start();
        LOG.warn("Emails go to the embedded test SMTP server (GreenMail, 127.0.0.1:{}): nobody receives them, the"
                + " signed-in outbox shows them. For real email set spring.mail.host (SPRING_MAIL_HOST) and turn"
                + " support.mail.embedded (SUPPORT_MAIL_EMBEDDED) off.", server.getSmtp().getPort());
        return server;
    }

    /** What the embedded server received (no bean when it does not run). */
    @Bean
    @Nullable Outbox embeddedOutbox(ObjectProvider<GreenMail> server) {
        GreenMail embedded = server.getIfAvailable();
        return embedded == null ? null : new EmbeddedOutbox(embedded);
    }

    @Bean
    JavaMailSender mailSender(Environment environment, MailProperties mail, ObjectProvider<GreenMail> embedded,
                              ObjectProvider<SslBundles> bundles) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        Properties javaMail = new Properties();
        javaMail.putAll(mail.getProperties());
        switch (MailServer.of(environment)) {
            case HOST -> configured(sender, javaMail, mail, bundles);
            case EMBEDDED -> {
                sender.setHost("127.0.0.1");
                sender.setPort(embedded.getObject().getSmtp().getPort());
            }
            case NONE -> throw new MailServer.Missing();
        }
        if (mail.getDefaultEncoding() != null) {
            sender.setDefaultEncoding(mail.getDefaultEncoding().name());
        }
        sender.setJavaMailProperties(javaMail);
        return sender;
    }

    /** The server, account and TLS settings of {@code spring.mail.*}, applied as Spring Boot applies them. */
    private static void configured(JavaMailSenderImpl sender, Properties javaMail, MailProperties mail,
                                   ObjectProvider<SslBundles> bundles) {
        sender.setHost(mail.getHost());
        if (mail.getPort() != null) {
            sender.setPort(mail.getPort());
        }
        sender.setUsername(mail.getUsername());
        sender.setPassword(mail.getPassword());
        sender.setProtocol(mail.getProtocol());
        String protocol = mail.getProtocol() == null || mail.getProtocol().isEmpty() ? "smtp" : mail.getProtocol();
        MailProperties.Ssl ssl = mail.getSsl();
        boolean bundled = ssl.getBundle() != null && !ssl.getBundle().isEmpty();
        if ((ssl.isEnabled() || bundled) && ssl.isVerifyHostname()) {
            javaMail.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        if (ssl.isEnabled()) {
            javaMail.setProperty("mail." + protocol + ".ssl.enable", "true");
        }
        if (bundled) {
            javaMail.put("mail." + protocol + ".ssl.socketFactory",
                    bundles.getObject().getBundle(ssl.getBundle()).createSslContext().getSocketFactory());
        }
    }
}
