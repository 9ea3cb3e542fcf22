package app.capgo.supportdesk.inquiry.mail;

import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PermanentFailureTest {

    @Test
    void a_5xx_refusal_of_the_recipient_is_permanent_and_a_4xx_is_not() throws Exception {
        InternetAddress to = new InternetAddress("x@example.com");
        var refused = new SMTPAddressFailedException(to, "RCPT TO", 550, "no such user");
        var busy = new SMTPAddressFailedException(to, "RCPT TO", 451, "try again later");

        assertThat(PermanentFailure.is(new MailSendException(Map.of(new Object(), refused)))).isTrue();
        assertThat(PermanentFailure.is(new MailSendException(Map.of(new Object(), busy)))).isFalse();
    }

    @Test
    void an_address_that_cannot_be_mailed_is_permanent_and_a_connection_failure_is_not() {
        assertThat(PermanentFailure.is(new IllegalStateException(new MailTexts.UndeliverableAddress("a@b_c.com")))).isTrue();
        assertThat(PermanentFailure.is(new MailSendException("Mail server connection failed",
                new java.net.ConnectException("refused")))).isFalse();
    }
}
