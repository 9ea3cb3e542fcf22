package app.capgo.supportdesk.inquiry;

import app.capgo.supportdesk.inquiry.mail.MailDelivery;
import app.capgo.supportdesk.inquiry.mail.MailKind;
import app.capgo.supportdesk.inquiry.mail.QuietOutbox;
import app.capgo.supportdesk.sales.InquiryDesk;

import app.capgo.supportdesk.SupportDeskApplication;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The SMTP server is down when customers submit; it comes back later, with or without a restart of the app. */
class InquiryDeliveryOutageTest {

    private static final Logger LOG = LoggerFactory.getLogger(InquiryDeliveryOutageTest.class);

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The arguments that give the app a new database of its own: H2 here, PostgreSQL in the twin. */
    protected List<String> newDatabase(String label) {
        return List.of("--spring.datasource.url=jdbc:h2:mem:" + label + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    private static ConfigurableApplicationContext start(List<String> database, int smtpPort) {
        return start(database, smtpPort, "200ms");
    }

    private static ConfigurableApplicationContext start(List<String> database, int smtpPort, String backoff) {
        return start(database, smtpPort, backoff, "--support.rate-limit.submissions=1000");
    }

    /** Starts the app on {@code database} and an SMTP server that may not be there yet, with {@code extra} settings. */
    static ConfigurableApplicationContext start(List<String> database, int smtpPort, String backoff, String... extra) {
        List<String> arguments = new ArrayList<>(database);
        arguments.addAll(List.of("--server.port=0",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
                "--support.mail.initial-backoff=" + backoff, "--support.mail.max-backoff=" + backoff,
                "--support.mail.retry-poll=200ms", "--support.mail.sending-timeout=3s",
                "--vaadin.devmode.devTools.enabled=false"));
        arguments.addAll(List.of(extra));
        return new SpringApplicationBuilder(SupportDeskApplication.class).run(arguments.toArray(String[]::new));
    }

    private static List<String> submit(ConfigurableApplicationContext app, int count) {
        return submit(app, 0, count);
    }

    /** Submits inquiries {@code from} to {@code to} (exclusive), each from a client address of its own. */
    static List<String> submit(ConfigurableApplicationContext app, int from, int to) {
        InquiryService service = app.getBean(InquiryService.class);
        List<String> references = new ArrayList<>();
        for (int i = from; i < to; i++) {
            var result = service.submit(Inquiries.valid("Customer " + i), Locale.ENGLISH, "10.1.0." + i);
            references.add(((SubmissionResult.Submitted) result).reference());
        }
        return references;
    }

    static void awaitFailing(ConfigurableApplicationContext app, List<String> references) {
        InquiryRepository repository = app.getBean(InquiryRepository.class);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> references.forEach(r -> {
            Inquiry i = Inquiries.byReference(repository, r).orElseThrow();
            for (MailKind kind : MailKind.values()) {
                assertThat(i.mail(kind).state()).isEqualTo(MailDelivery.State.FAILING);
                assertThat(i.mail(kind).lastError()).isPresent();
                assertThat(i.mail(kind).attempts()).isPositive();
            }
        }));
    }

    /** Once the outbox of every instance is quiet (a late duplicate has arrived by then), two emails per inquiry. */
    static void assertDeliveredExactlyOnce(GreenMail smtp, List<String> references, ApplicationContext... instances) {
        await().atMost(Duration.ofSeconds(60)).until(() -> smtp.getReceivedMessages().length >= references.size() * 2);
        for (ApplicationContext instance : instances) {
            QuietOutbox.awaitQuiet(instance, references, Duration.ofSeconds(60));
        }
        MimeMessage[] messages = smtp.getReceivedMessages();
        assertThat(messages).hasSize(references.size() * 2);
        for (String reference : references) {
            long count = java.util.Arrays.stream(messages).filter(m -> {
                try {
                    return m.getSubject().contains(reference);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).count();
            assertThat(count).as(reference).isEqualTo(2);
        }
    }

    private static Duration longestWait(ConfigurableApplicationContext app, List<String> references) {
        InquiryRepository repository = app.getBean(InquiryRepository.class);
        return references.stream().map(r -> Inquiries.byReference(repository, r).orElseThrow()).flatMap(i ->
                java.util.stream.Stream.of(MailKind.values()).map(k -> Duration.between(i.createdAt(),
                        i.mail(k).sentAt().orElseThrow()))).max(Duration::compareTo).orElseThrow();
    }

    @Test
    void emails_pending_during_an_outage_arrive_exactly_once_when_smtp_comes_back() throws Exception {
        int port = freePort();
        List<String> database = newDatabase("outage");
        try (ConfigurableApplicationContext app = start(database, port)) {
            List<String> references = submit(app, 5);
            assertThat(references).hasSize(5).doesNotHaveDuplicates();
            awaitFailing(app, references);
            QuietOutbox.awaitPolls(app, 2); // the retries meet the outage a few times

            GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            try {
                assertDeliveredExactlyOnce(smtp, references, app);
                await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(longestWait(app, references)).isPositive());
                LOG.info("Outage without restart: longest wait for delivery {}", longestWait(app, references));
            } finally {
                smtp.stop();
            }
        }
    }

    @Test
    void emails_pending_when_the_app_stops_arrive_exactly_once_after_a_restart() throws Exception {
        int port = freePort();
        List<String> database = newDatabase("restart");
        List<String> references;
        try (ConfigurableApplicationContext app = start(database, port)) {
            references = submit(app, 5);
            awaitFailing(app, references);
        }
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (ConfigurableApplicationContext restarted = start(database, port)) {
            assertDeliveredExactlyOnce(smtp, references, restarted);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> references.forEach(r -> {
                Inquiry i = Inquiries.byReference(restarted.getBean(InquiryRepository.class), r).orElseThrow();
                assertThat(i.mail(MailKind.SALES).state()).isEqualTo(MailDelivery.State.SENT);
                assertThat(i.mail(MailKind.CUSTOMER).state()).isEqualTo(MailDelivery.State.SENT);
            }));
            LOG.info("Outage across a restart: longest wait for delivery {}", longestWait(restarted, references));
        } finally {
            smtp.stop();
        }
    }

    @Test
    void sales_can_resend_a_failing_email_at_once_instead_of_waiting_for_the_backoff() throws Exception {
        int port = freePort();
        List<String> database = newDatabase("resend");
        try (ConfigurableApplicationContext app = start(database, port, "1h")) {
            List<String> references = submit(app, 1);
            awaitFailing(app, references);
            GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            try {
                QuietOutbox.awaitPolls(app, 2);
                assertThat(smtp.getReceivedMessages()).as("the backoff (1 h) holds the retry").isEmpty();
                long id = Inquiries.byReference(app.getBean(InquiryRepository.class), references.getFirst()).orElseThrow().id();
                InquiryDesk desk = app.getBean(InquiryDesk.class);
                assertThat(desk.resend(id, MailKind.SALES)).isTrue();
                await().atMost(Duration.ofSeconds(15)).until(() -> smtp.getReceivedMessages().length == 1);
                assertThat(smtp.getReceivedMessages()[0].getSubject()).contains(references.getFirst());
                assertThat(desk.resend(id, MailKind.SALES)).as("a sent email is not sent again").isFalse();
            } finally {
                smtp.stop();
            }
        }
    }
}
