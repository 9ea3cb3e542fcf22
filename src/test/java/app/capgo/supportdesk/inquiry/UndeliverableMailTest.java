package app.capgo.supportdesk.inquiry;

import app.capgo.supportdesk.inquiry.mail.MailDelivery;
import app.capgo.supportdesk.inquiry.mail.MailKind;
import app.capgo.supportdesk.inquiry.mail.QuietOutbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An inquiry stored with an address no email can reach (as earlier versions of the form let
 * through): sales still hear of it, and the confirmation is marked undeliverable, never retried.
 */
@SpringBootTest
class UndeliverableMailTest {

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    InquiryRepository repository;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void sales_get_the_inquiry_and_the_confirmation_to_an_undeliverable_address_stops_after_one_attempt() {
        InquiryRequest request = Inquiries.valid("Alice Underscore");
        request.setEmail("alice@exa_mple.com");
        String reference = Inquiries.storeUnchecked(transaction, repository, events, request);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            Inquiry stored = Inquiries.byReference(repository, reference).orElseThrow();
            assertThat(stored.mail(MailKind.SALES).state()).isEqualTo(MailDelivery.State.SENT);
            assertThat(stored.mail(MailKind.CUSTOMER).state()).isEqualTo(MailDelivery.State.UNDELIVERABLE);
        });
        // Two retry polls later, still one attempt.
        QuietOutbox.awaitPolls(context, 2);
        MailDelivery customer = Inquiries.byReference(repository, reference).orElseThrow().mail(MailKind.CUSTOMER);
        assertThat(customer.attempts()).isEqualTo(1);
        assertThat(customer.lastError()).hasValueSatisfying(e -> assertThat(e).contains("alice@exa_mple.com"));
    }
}
