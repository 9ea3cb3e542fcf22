package app.capgo.supportdesk.inquiry.mail;

import app.capgo.supportdesk.base.SalesProperties;
import app.capgo.supportdesk.base.i18n.Messages;
import app.capgo.supportdesk.base.i18n.Translator;
import app.capgo.supportdesk.inquiry.EmailAddresses;
import app.capgo.supportdesk.inquiry.Inquiry;
import app.capgo.supportdesk.inquiry.InquiryFields;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What every composer shares: translations, the sales addresses, the inquiry's fields as plain text and HTML (all
 * customer text HTML-escaped), safe header values and strictly parsed addresses. Nothing the
 * customer typed reaches a header but their validated address and one-line fields stripped of
 * control characters.
 */
@Component
class MailTexts {

    private final Messages messages;
    private final SalesProperties sales;

    MailTexts(Messages messages, SalesProperties sales) {
        this.messages = messages;
        this.sales = sales;
    }

    /** The addresses of sales ({@code support.sales.recipients}), strictly parsed. */
    List<InternetAddress> salesRecipients() {
        return sales.recipients().stream().map(MailTexts::address).toList();
    }

    String t(Locale locale, String key, Object... params) {
        return messages.getTranslation(key, locale, params);
    }

    /** Sets both bodies: {@code intro}, then every field of the inquiry, the message last. */
    void body(MimeMessageHelper mail, Inquiry inquiry, Locale locale, String intro) throws MessagingException {
        Translator translator = (key, params) -> messages.getTranslation(key, locale, params);
        Map<String, String> fields = new LinkedHashMap<>(InquiryFields.of(inquiry, translator));
        fields.put(t(locale, "record.message"), inquiry.message());
        mail.setText(plain(intro, fields, translator), html(intro, fields));
    }

    /** Sets both bodies of a confirmation: {@code intro}, then only the reference and the plan chosen. */
    void confirmation(MimeMessageHelper mail, Inquiry inquiry, Locale locale, String intro) throws MessagingException {
        Translator translator = (key, params) -> messages.getTranslation(key, locale, params);
        Map<String, String> all = InquiryFields.of(inquiry, translator);
        Map<String, String> fields = new LinkedHashMap<>();
        for (String key : List.of("record.reference", "record.plan")) {
            String label = t(locale, key);
            fields.put(label, all.getOrDefault(label, ""));
        }
        mail.setText(plain(intro, fields, translator), html(intro, fields));
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

    /** The address, strictly parsed; an address that can never be mailed is a permanent failure. */
    static InternetAddress address(String email) {
        return EmailAddresses.parse(email).orElseThrow(() -> new UndeliverableAddress(email));
    }

    /** An address no email can ever be sent to (it is not retried). */
    static final class UndeliverableAddress extends IllegalArgumentException {
        UndeliverableAddress(String email) {
            super("not a single deliverable address: " + email);
        }
    }
}
