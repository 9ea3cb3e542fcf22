package app.capgo.supportdesk.inquiry;

import app.capgo.supportdesk.inquiry.mail.MailDelivery;
import app.capgo.supportdesk.inquiry.mail.MailKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The log holds no personal data: a full submission, an address no server could reach and a
 * recipient the server refuses with a 5xx leave no address, name or message in it.
 */
@SpringBootTest
class MailLogPrivacyTest {

    static final ScriptedSmtp SMTP = new ScriptedSmtp();

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) {
        SMTP.refuseRecipients(address -> address.startsWith("refused."));
        SMTP.feed(registry);
    }

    @AfterAll
    static void stop() {
        SMTP.close();
    }

    @Autowired
    InquiryService service;
    @Autowired
    InquiryRepository repository;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void no_address_name_or_message_reaches_the_log() {
        try (LogCapture log = new LogCapture()) {
            InquiryRequest ok = Inquiries.valid("Olivia Okafor");
            ok.setEmail("olivia.okafor@example.com");
            ok.setMessage("Our secret launch plan for Zanzibar");
            String sent = ((SubmissionResult.Submitted) service.submit(ok, Locale.ENGLISH, "10.9.1.1")).reference();
            InquiryRequest refused = Inquiries.valid("Rafael Refused");
            refused.setEmail("refused.rafael@example.com");
            String bounced = ((SubmissionResult.Submitted) service.submit(refused, Locale.ENGLISH, "10.9.1.2")).reference();
            InquiryRequest odd = Inquiries.valid("Ulla Underscore");
            odd.setEmail("ulla@exa_mple.com"); // no server could reach it (stored by an earlier version's form)
            String undeliverable = Inquiries.storeUnchecked(transaction, repository, events, odd);

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                assertThat(state(sent, MailKind.CUSTOMER)).isEqualTo(MailDelivery.State.SENT);
                assertThat(state(bounced, MailKind.CUSTOMER)).isEqualTo(MailDelivery.State.UNDELIVERABLE);
                assertThat(state(undeliverable, MailKind.CUSTOMER)).isEqualTo(MailDelivery.State.UNDELIVERABLE);
            });
            assertThat(log.text()).as("the log names the references, nothing personal").contains(bounced)
                    .doesNotContain("olivia.okafor@example.com", "refused.rafael@example.com", "ulla@exa_mple.com",
                            "martin@capgo.app", "Olivia", "Rafael", "Ulla", "Zanzibar");
        }
    }

    private MailDelivery.State state(String reference, MailKind kind) {
        return Inquiries.byReference(repository, reference).orElseThrow().mail(kind).state();
    }
}
