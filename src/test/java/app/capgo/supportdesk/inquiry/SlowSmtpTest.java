package app.capgo.supportdesk.inquiry;

import app.capgo.supportdesk.inquiry.mail.MailDelivery;
import app.capgo.supportdesk.inquiry.mail.MailKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A mail server that takes 8 s to answer the end of DATA (RFC 5321 allows it 10 minutes) receives
 * each email once: the app waits for the answer instead of taking the slow success for a failure
 * and sending again, and every email carries a Message-ID that stays the same across retries.
 */
@SpringBootTest
class SlowSmtpTest {

    static final ScriptedSmtp SMTP = new ScriptedSmtp();

    @DynamicPropertySource
    static void slowServer(DynamicPropertyRegistry registry) {
        SMTP.answerDataAfter(Duration.ofSeconds(8));
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

    @Test
    void a_slow_end_of_data_answer_still_means_one_email_per_recipient() {
        var result = (SubmissionResult.Submitted) service.submit(Inquiries.valid("Slow Server"), Locale.ENGLISH, "10.8.0.1");
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> {
            Inquiry inquiry = Inquiries.byReference(repository, result.reference()).orElseThrow();
            assertThat(inquiry.mail(MailKind.SALES).state()).isEqualTo(MailDelivery.State.SENT);
            assertThat(inquiry.mail(MailKind.CUSTOMER).state()).isEqualTo(MailDelivery.State.SENT);
        });
        // Several retry polls later (200 ms in tests), still nothing more.
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(SMTP.received()).hasSize(2));
        assertThat(SMTP.received()).extracting(r -> r.header("Message-ID")).containsExactlyInAnyOrder(
                "<" + result.reference() + ".sales@capgo.app>", "<" + result.reference() + ".customer@capgo.app>");
        Inquiry inquiry = Inquiries.byReference(repository, result.reference()).orElseThrow();
        assertThat(inquiry.mail(MailKind.SALES).attempts()).isEqualTo(1);
        assertThat(inquiry.mail(MailKind.CUSTOMER).attempts()).isEqualTo(1);
    }
}
