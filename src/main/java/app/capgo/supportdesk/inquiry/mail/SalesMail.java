package app.capgo.supportdesk.inquiry.mail;

import app.capgo.supportdesk.inquiry.EmailAddresses;
import app.capgo.supportdesk.inquiry.Inquiry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** The inquiry to sales, in English: every field, Reply-To the customer. */
@Component
class SalesMail implements MailComposer {

    @Override
    public MailKind kind() {
        return MailKind.SALES;
    }

    @Override
    public void compose(Inquiry inquiry, MimeMessageHelper mail, MailTexts texts) throws MessagingException {
        Locale en = Locale.ENGLISH;
        mail.setTo(texts.salesRecipients().toArray(InternetAddress[]::new));
        // An undeliverable customer address must not stop sales from hearing of the inquiry.
        EmailAddresses.parse(inquiry.email()).ifPresent(customer -> replyTo(mail, customer));
        mail.setSubject(MailTexts.header(texts.t(en, "mail.sales.subject", inquiry.reference(),
                texts.t(en, "inquiry.plan." + inquiry.plan().code()), inquiry.company())));
        texts.body(mail, inquiry, en, texts.t(en, "mail.sales.intro"));
    }

    private static void replyTo(MimeMessageHelper mail, InternetAddress customer) {
        try {
            mail.setReplyTo(customer);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
