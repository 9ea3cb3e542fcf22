package app.capgo.supportdesk.inquiry.mail;

import app.capgo.supportdesk.inquiry.Inquiry;
import jakarta.mail.MessagingException;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Writes one kind of an inquiry's emails: recipients, Reply-To, subject and both bodies (the sender
 * is set), with what all composers share in {@code texts}.
 */
interface MailComposer {

    MailKind kind();

    void compose(Inquiry inquiry, MimeMessageHelper mail, MailTexts texts) throws MessagingException;
}
