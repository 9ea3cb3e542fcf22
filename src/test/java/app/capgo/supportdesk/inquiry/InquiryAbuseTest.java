package app.capgo.supportdesk.inquiry;

import app.capgo.supportdesk.inquiry.mail.MailDelivery;
import app.capgo.supportdesk.inquiry.mail.MailKind;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The premium form cannot be turned into a mailer: the confirmation repeats nothing the customer
 * typed, an IPv6 client is counted by its /64, and confirmations have an hourly cap for all clients
 * together (inquiries are still stored and sales still told).
 */
@SpringBootTest(properties = {"support.rate-limit.submissions=3", "support.mail.confirmations-per-hour=2",
        // A database of its own (the context is its own anyway): emails another cached context left
        // failing in the shared test database must neither count against the cap nor block the clean-up.
        "spring.datasource.url=jdbc:h2:mem:inquiry-abuse;DB_CLOSE_DELAY=-1"})
class InquiryAbuseTest {

    @Autowired
    InquiryService service;
    @Autowired
    InquiryRepository repository;
    @Autowired
    GreenMail smtp;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void clean() throws Exception {
        // The emails of an earlier test of this class go out first: none may count against this test's cap.
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM mail_delivery WHERE state IN ('PENDING', 'SENDING', 'FAILING')").query(Long.class).single() == 0);
        smtp.purgeEmailFromAllMailboxes();
        jdbc.sql("DELETE FROM rate_counter").update();
    }

    private SubmissionResult submit(String name, String email, String client) {
        InquiryRequest request = Inquiries.valid(name);
        request.setEmail(email);
        request.setMessage("Buy cheap watches at spam.example now!");
        return service.submit(request, Locale.ENGLISH, client);
    }

    private List<MimeMessage> to(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_confirmation_holds_the_reference_and_plan_but_nothing_the_customer_typed() throws Exception {
        var result = (SubmissionResult.Submitted) submit("Victim Of Spam Buy Watches", "target@example.org", "10.20.0.1");
        await().atMost(Duration.ofSeconds(20)).until(() -> to("target@example.org").size() == 1
                && to("martin@capgo.app").stream().anyMatch(m -> subject(m).contains(result.reference())));
        String confirmation = GreenMailUtil.getWholeMessage(to("target@example.org").getFirst());
        assertThat(confirmation).contains(result.reference()).doesNotContain("Victim", "Buy Watches", "spam.example",
                "cheap watches", "Acme");
        assertThat(GreenMailUtil.getWholeMessage(to("martin@capgo.app").stream()
                .filter(m -> subject(m).contains(result.reference())).findFirst().orElseThrow()))
                .as("sales still get every field").contains("spam.example");
    }

    @Test
    void ipv6_clients_of_one_64_network_share_one_quota() {
        assertThat(submit("One", "a@example.org", "2001:db8:aa:1::1")).isInstanceOf(SubmissionResult.Submitted.class);
        assertThat(submit("Two", "b@example.org", "2001:db8:aa:1::2")).isInstanceOf(SubmissionResult.Submitted.class);
        assertThat(submit("Three", "c@example.org", "2001:db8:aa:1:ffff:ffff:ffff:ffff"))
                .isInstanceOf(SubmissionResult.Submitted.class);
        assertThat(submit("Four", "d@example.org", "2001:db8:aa:1:1234::9")).as("the same /64")
                .isInstanceOf(SubmissionResult.RateLimited.class);
        assertThat(submit("Five", "e@example.org", "2001:db8:aa:2::1")).as("another /64")
                .isInstanceOf(SubmissionResult.Submitted.class);
    }

    @Test
    void past_the_hourly_cap_inquiries_are_stored_and_sales_told_but_no_confirmation_leaves() {
        List<String> references = List.of("10.30.0.1", "10.30.0.2", "10.30.0.3").stream()
                .map(client -> ((SubmissionResult.Submitted) submit("Cap " + client, "cap" + client.replace('.', '-')
                        + "@example.org", client)).reference()).toList();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            for (String reference : references) {
                Inquiry inquiry = Inquiries.byReference(repository, reference).orElseThrow();
                assertThat(inquiry.mail(MailKind.SALES).state()).isEqualTo(MailDelivery.State.SENT);
                assertThat(inquiry.mail(MailKind.CUSTOMER).state()).isIn(MailDelivery.State.SENT,
                        MailDelivery.State.UNDELIVERABLE);
            }
        });
        List<MailDelivery> customers = references.stream()
                .map(r -> Inquiries.byReference(repository, r).orElseThrow().mail(MailKind.CUSTOMER)).toList();
        assertThat(customers).filteredOn(m -> m.state() == MailDelivery.State.SENT).hasSize(2);
        assertThat(customers).filteredOn(m -> m.state() == MailDelivery.State.UNDELIVERABLE).singleElement()
                .satisfies(m -> assertThat(m.lastError()).hasValueSatisfying(e -> assertThat(e).contains("hourly limit")));
        assertThat(to("martin@capgo.app")).filteredOn(m -> references.stream().anyMatch(r -> subject(m).contains(r)))
                .as("sales heard of all three").hasSize(3);
    }
}
