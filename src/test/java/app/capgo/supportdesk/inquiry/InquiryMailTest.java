package app.capgo.supportdesk.inquiry;

import app.capgo.supportdesk.inquiry.mail.MailDelivery;
import app.capgo.supportdesk.inquiry.mail.MailKind;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest
@TestPropertySource(properties = "support.sales.recipients=martin@capgo.app,sales@capgo.app")
class InquiryMailTest {

    @Autowired
    InquiryService service;
    @Autowired
    InquiryRepository repository;
    @Autowired
    GreenMail smtp;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void clear() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    private List<MimeMessage> awaitMessages(int count) {
        await().atMost(java.time.Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessages().length >= count);
        return List.of(smtp.getReceivedMessages());
    }

    private static MimeMessage to(List<MimeMessage> messages, String address) {
        return messages.stream().filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
    }

    @Test
    void sales_get_every_field_with_reply_to_the_customer_and_the_customer_a_french_confirmation() throws Exception {
        var result = (SubmissionResult.Submitted) service.submit(Inquiries.valid("José Núñez"), Locale.FRENCH, "10.0.0.1");
        assertThat(result.reference()).matches("PS-\\d{4}-\\d{6}");

        List<MimeMessage> messages = awaitMessages(3); // two sales recipients + the customer
        MimeMessage sales = to(messages, "martin@capgo.app");
        assertThat(Arrays.stream(sales.getRecipients(Message.RecipientType.TO)).map(Address::toString))
                .containsExactlyInAnyOrder("martin@capgo.app", "sales@capgo.app");
        assertThat(sales.getReplyTo()).extracting(Address::toString).containsExactly("jose.nunez@example.com");
        assertThat(sales.getSubject()).isEqualTo("Premium Support inquiry " + result.reference()
                + ": Enterprise plan, Café Crème SAS");
        String raw = GreenMailUtil.getWholeMessage(sales);
        assertThat(raw).contains("multipart/alternative");
        String text = MailText.plainAndHtml(sales).get("text/plain");
        String html = MailText.plainAndHtml(sales).get("text/html");
        assertThat(text).contains(result.reference(), "José Núñez", "jose.nunez@example.com", "Café Crème SAS",
                "Enterprise", "com.cafe.app", "3 apps, 250k MAU", "Mornings CET", "État: critique <script>");
        assertThat(html).contains("José Núñez", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>");

        MimeMessage customer = to(messages, "jose.nunez@example.com");
        assertThat(customer.getSubject()).isEqualTo("Votre demande de Support Premium " + result.reference());
        assertThat(customer.getReplyTo()).as("a reply to the confirmation reaches sales, not no-reply")
                .extracting(Address::toString).containsExactly("martin@capgo.app");
        assertThat(MailText.plainAndHtml(customer).get("text/plain")).contains("Bonjour,", result.reference(),
                "Et ensuite").doesNotContain("José", "critique");

        await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> {
            Inquiry stored = Inquiries.byReference(repository, result.reference()).orElseThrow();
            assertThat(stored.mail(MailKind.SALES).state()).isEqualTo(MailDelivery.State.SENT);
            assertThat(stored.mail(MailKind.CUSTOMER).state()).isEqualTo(MailDelivery.State.SENT);
            assertThat(stored.mail(MailKind.SALES).sentAt()).isPresent();
        });
    }

    @Autowired
    org.springframework.mail.javamail.JavaMailSender sender;

    @Test
    void the_embedded_smtp_server_logs_no_recipient_address() {
        try (LogCapture log = new LogCapture()) {
            InquiryRequest request = Inquiries.valid("Greta Green");
            request.setEmail("greta.green@example.com");
            service.submit(request, Locale.ENGLISH, "10.0.0.9");
            awaitMessages(3);
            assertThat(log.text()).doesNotContain("greta.green@example.com", "Greta", "sales@capgo.app");
        }
    }

    @Test
    void the_embedded_sender_gets_the_spring_mail_timeouts_and_encoding() {
        var embedded = (org.springframework.mail.javamail.JavaMailSenderImpl) sender;
        assertThat(embedded.getJavaMailProperties()).containsEntry("mail.smtp.timeout", "600000")
                .containsEntry("mail.smtp.connectiontimeout", "5000").containsEntry("mail.smtp.writetimeout", "60000");
        assertThat(embedded.getDefaultEncoding()).isEqualTo("UTF-8");
        assertThat(embedded.getPort()).isEqualTo(smtp.getSmtp().getPort());
    }

    @Test
    void hostile_input_is_refused_with_clear_messages_and_stores_nothing() {
        long before = repository.count();
        InquiryRequest crlf = Inquiries.valid("Eve\r\nBcc: victim@example.com");
        InquiryRequest header = Inquiries.valid("Eve");
        header.setCompany("ACME\nSubject: free money");
        InquiryRequest twoAddresses = Inquiries.valid("Eve");
        twoAddresses.setEmail("eve@example.com, victim@example.com");
        InquiryRequest notAnEmail = Inquiries.valid("Eve");
        notAnEmail.setEmail("eve at example");
        InquiryRequest huge = Inquiries.valid("Eve");
        huge.setMessage("x".repeat(1_000_000));
        InquiryRequest nul = Inquiries.valid("Eve\u0000");
        InquiryRequest nulInMessage = Inquiries.valid("Eve");
        nulInMessage.setMessage("Hello\u0000world");
        InquiryRequest bidi = Inquiries.valid("Eve");
        bidi.setEmail("eve@example.com\u202E");

        for (InquiryRequest hostile : List.of(crlf, header, twoAddresses, notAnEmail, huge, nul, nulInMessage, bidi)) {
            assertThat(service.submit(hostile, Locale.ENGLISH, "10.0.0.2"))
                    .isInstanceOf(SubmissionResult.Rejected.class);
        }
        var rejected = (SubmissionResult.Rejected) service.submit(crlf, Locale.FRENCH, "10.0.0.2");
        assertThat(rejected.errors()).containsEntry("name",
                "Veuillez rester sur une ligne, sans tabulation ni autre caractère de contrôle.");
        var tooLong = (SubmissionResult.Rejected) service.submit(huge, Locale.ENGLISH, "10.0.0.2");
        assertThat(tooLong.errors()).containsEntry("message", "This is too long: please shorten it.");
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void a_filled_honeypot_is_silently_dropped() {
        long before = repository.count();
        InquiryRequest bot = Inquiries.valid("Bot");
        bot.setWebsite("http://spam.example");
        assertThat(service.submit(bot, Locale.ENGLISH, "10.0.0.3")).isInstanceOf(SubmissionResult.Discarded.class);
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void the_database_columns_have_the_limits_of_the_code() {
        Map<String, Integer> expected = Map.of("INQUIRY.NAME", InquiryLimits.NAME, "INQUIRY.EMAIL", InquiryLimits.EMAIL,
                "INQUIRY.COMPANY", InquiryLimits.COMPANY, "INQUIRY.ORGANISATION", InquiryLimits.ORGANISATION,
                "INQUIRY.APP_SCALE", InquiryLimits.APP_SCALE, "INQUIRY.CONTACT_TIME", InquiryLimits.CONTACT_TIME,
                "INQUIRY.MESSAGE", InquiryLimits.MESSAGE, "INQUIRY_NOTE.TEXT", InquiryLimits.NOTE,
                "MAIL_DELIVERY.LAST_ERROR", MailDelivery.MAX_ERROR);
        expected.forEach((column, length) -> assertThat(jdbc.queryForObject(
                "SELECT CHARACTER_MAXIMUM_LENGTH FROM INFORMATION_SCHEMA.COLUMNS WHERE UPPER(TABLE_NAME) = ? AND UPPER(COLUMN_NAME) = ?",
                Integer.class, column.split("\\.")[0], column.split("\\.")[1])).as(column).isEqualTo(length));
    }
}
