package app.capgo.supportdesk.inquiry;

import app.capgo.supportdesk.SupportDeskApplication;
import app.capgo.supportdesk.inquiry.mail.Outbox;
import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded SMTP server is an explicit choice: a start with neither a mail host nor that choice
 * stops with one plain analysis naming both settings, a start with it warns that nobody
 * receives the emails, and a mail host wins over it. The choice is made when the app starts, not
 * by bean conditions (which the production jar's Spring AOT processing would fix at build time).
 */
@ExtendWith(OutputCaptureExtension.class)
class MailStartTest {

    private static ConfigurableApplicationContext start(String... settings) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0",
                "--support.mail.embedded-port=0", "--vaadin.devmode.devTools.enabled=false",
                "--spring.datasource.url=jdbc:h2:mem:mail-start-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        arguments.addAll(List.of(settings));
        return new SpringApplicationBuilder(SupportDeskApplication.class).run(arguments.toArray(String[]::new));
    }

    @Test
    void without_a_mail_host_and_without_the_embedded_server_the_app_does_not_start(CapturedOutput output) {
        assertThatThrownBy(() -> start("--support.mail.embedded=false").close()).isInstanceOf(Exception.class);
        assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START")
                .contains("No SMTP server is configured").contains("spring.mail.host").contains("SPRING_MAIL_HOST")
                .contains("support.mail.embedded=true").contains("SUPPORT_MAIL_EMBEDDED");
    }

    @Test
    void with_the_embedded_server_chosen_the_start_warns_that_nobody_receives_the_emails(CapturedOutput output) {
        try (ConfigurableApplicationContext app = start("--support.mail.embedded=true")) {
            assertThat(app.isRunning()).isTrue();
        }
        assertThat(output.getOut()).containsPattern("WARN .*Emails go to the embedded test SMTP server.*nobody receives them");
    }

    @Test
    void with_a_mail_host_the_sender_is_configured_from_spring_mail_and_no_embedded_server_runs(CapturedOutput output) {
        try (ConfigurableApplicationContext app = start("--support.mail.embedded=true", "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=2599", "--spring.mail.username=desk", "--spring.mail.password=secret",
                "--spring.mail.ssl.enabled=true")) {
            JavaMailSenderImpl sender = (JavaMailSenderImpl) app.getBean(JavaMailSender.class);
            assertThat(sender.getHost()).isEqualTo("127.0.0.1");
            assertThat(sender.getPort()).isEqualTo(2599);
            assertThat(sender.getUsername()).isEqualTo("desk");
            assertThat(sender.getPassword()).isEqualTo("secret");
            assertThat(sender.getDefaultEncoding()).isEqualTo("UTF-8");
            assertThat(sender.getJavaMailProperties()).containsEntry("mail.smtp.ssl.enable", "true")
                    .containsEntry("mail.smtp.ssl.checkserveridentity", "true")
                    .containsEntry("mail.smtp.connectiontimeout", "5000");
            assertThat(app.getBeanProvider(GreenMail.class).getIfAvailable()).isNull();
            assertThat(app.getBeanProvider(Outbox.class).getIfAvailable()).isNull();
        }
        assertThat(output.getOut()).doesNotContain("Emails go to the embedded test SMTP server");
    }

    @Test
    void the_embedded_server_receives_what_its_sender_sends() {
        try (ConfigurableApplicationContext app = start("--support.mail.embedded=true")) {
            JavaMailSenderImpl sender = (JavaMailSenderImpl) app.getBean(JavaMailSender.class);
            GreenMail server = app.getBean(GreenMail.class);
            assertThat(sender.getHost()).isEqualTo("127.0.0.1");
            assertThat(sender.getPort()).isEqualTo(server.getSmtp().getPort());
            assertThat(app.getBeanProvider(Outbox.class).getIfAvailable()).isNotNull();
        }
    }
}
