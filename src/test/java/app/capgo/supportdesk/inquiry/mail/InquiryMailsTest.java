package app.capgo.supportdesk.inquiry.mail;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Adding an email kind: without its composer the app does not start, and says which kind lacks one. */
class InquiryMailsTest {

    private static MailComposer composer(MailKind kind) {
        return new MailComposer() {
            @Override
            public MailKind kind() {
                return kind;
            }

            @Override
            public void compose(app.capgo.supportdesk.inquiry.Inquiry inquiry,
                                org.springframework.mail.javamail.MimeMessageHelper mail, MailTexts texts) {
            }
        };
    }

    @Test
    void a_kind_of_email_without_its_composer_stops_the_start_and_is_named() {
        assertThatThrownBy(() -> new InquiryMails(new JavaMailSenderImpl(), null, null, List.of(composer(MailKind.SALES))))
                .isInstanceOf(IllegalStateException.class).hasMessage("no composer for the emails [CUSTOMER]");
        assertThatThrownBy(() -> new InquiryMails(new JavaMailSenderImpl(), null, null,
                List.of(composer(MailKind.SALES), composer(MailKind.SALES), composer(MailKind.CUSTOMER))))
                .hasMessage("two composers for SALES emails");
        assertThatCode(() -> new InquiryMails(new JavaMailSenderImpl(), null, null,
                Arrays.stream(MailKind.values()).map(InquiryMailsTest::composer).toList())).doesNotThrowAnyException();
    }
}
