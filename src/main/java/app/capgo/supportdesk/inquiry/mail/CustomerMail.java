package app.capgo.supportdesk.inquiry.mail;

import app.capgo.supportdesk.inquiry.Inquiry;
import jakarta.mail.MessagingException;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * The confirmation to the customer, in their language, Reply-To sales so that a reply reaches a
 * person. It repeats nothing the customer typed (no name, company or message), only the reference
 * and the plan they chose: the form cannot be used to send Capgo-branded text to an unverified address.
 */
@Component
class CustomerMail implements MailComposer {

    @Override
    public MailKind kind() {
        return MailKind.CUSTOMER;
    }

    @Override
    public void compose(Inquiry inquiry, MimeMessageHelper mail, MailTexts texts) throws MessagingException {
        Locale locale = Locale.of(inquiry.language());
        mail.setTo(MailTexts.address(inquiry.email()));
        mail.setReplyTo(texts.salesRecipients().getFirst());
        mail.setSubject(MailTexts.header(texts.t(locale, "mail.customer.subject", inquiry.reference())));
        texts.confirmation(mail, inquiry, locale, texts.t(locale, "mail.customer.intro", inquiry.reference())
                + "\n\n" + texts.t(locale, "mail.customer.next"));
    }
}
