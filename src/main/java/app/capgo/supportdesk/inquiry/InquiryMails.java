package app.capgo.supportdesk.inquiry;

import app.capgo.supportdesk.base.i18n.Messages;
import app.capgo.supportdesk.base.i18n.Translator;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Composes the two emails of an inquiry: to sales (Reply-To the customer, every field, plain text
 * and HTML) and the confirmation to the customer in their language (Reply-To sales, so that a
 * reply reaches a person). Everything the customer typed
 * is HTML-escaped, and nothing of it reaches a header but their validated address and one-line
 * fields stripped of control characters.
 */
@Component
class InquiryMails {

    private final JavaMailSender sender;
    private final Messages messages;
    private final InquiryProperties properties;

    InquiryMails(JavaMailSender sender, Messages messages, InquiryProperties properties) {
        this.sender = sender;
        this.messages = messages;
        this.properties = properties;
    }

    MimeMessage compose(Inquiry inquiry, MailKind kind) throws MessagingException {
        MimeMessage mail = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mail, true, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.mail().from());
        InternetAddress customer = address(inquiry.email());
        if (kind == MailKind.SALES) {
            Locale en = Locale.ENGLISH;
            helper.setTo(properties.sales().recipients().stream().map(InquiryMails::address).toArray(InternetAddress[]::new));
            helper.setReplyTo(customer);
            helper.setSubject(header(t(en, "mail.sales.subject", inquiry.reference(),
                    t(en, "inquiry.plan." + inquiry.plan().code()), inquiry.company())));
            Map<String, String> fields = fields(inquiry, en);
            helper.setText(plain(t(en, "mail.sales.intro"), fields, translator(en)), html(t(en, "mail.sales.intro"), fields));
        } else {
            Locale locale = Locale.of(inquiry.language());
            helper.setTo(customer);
            helper.setReplyTo(address(properties.sales().recipients().getFirst()));
            helper.setSubject(header(t(locale, "mail.customer.subject", inquiry.reference())));
            String intro = t(locale, "mail.customer.intro", inquiry.name(), inquiry.reference());
            String next = t(locale, "mail.customer.next");
            Map<String, String> fields = fields(inquiry, locale);
            helper.setText(plain(intro + "\n\n" + next, fields, translator(locale)), html(intro + "\n\n" + next, fields));
        }
        return mail;
    }

    void send(MimeMessage message) {
        sender.send(message);
    }

    /** Every field, the message last, in {@code locale}'s language. */
    private Map<String, String> fields(Inquiry inquiry, Locale locale) {
        Map<String, String> fields = new LinkedHashMap<>(InquiryFields.of(inquiry, translator(locale)));
        fields.put(t(locale, "inquiry.message"), inquiry.message());
        return fields;
    }

    static String plain(String intro, Map<String, String> fields, Translator t) {
        StringBuilder b = new StringBuilder(intro).append("\n\n");
        fields.forEach((k, v) -> b.append(t.get("field.line", k, v.contains("\n") ? "\n" + v : v)).append("\n"));
        return b.toString();
    }

    static String html(String intro, Map<String, String> fields) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html><body><p>")
                .append(escape(intro).replace("\n\n", "</p><p>")).append("</p><table>");
        fields.forEach((k, v) -> b.append("<tr><th align=\"left\" valign=\"top\">").append(escape(k))
                .append("</th><td>").append(escape(v).replace("\n", "<br>")).append("</td></tr>"));
        return b.append("</table></body></html>").toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }

    /** A header value: control characters (CR, LF, tabs) become spaces. */
    static String header(String text) {
        return text.replaceAll("\\p{Cntrl}+", " ").strip();
    }

    static InternetAddress address(String email) {
        try {
            InternetAddress address = new InternetAddress(email, true);
            address.validate();
            return address;
        } catch (AddressException e) {
            throw new IllegalArgumentException("not a single valid address: " + email, e);
        }
    }

    private String t(Locale locale, String key, Object... params) {
        return messages.getTranslation(key, locale, params);
    }

    private Translator translator(Locale locale) {
        return (key, params) -> messages.getTranslation(key, locale, params);
    }
}
