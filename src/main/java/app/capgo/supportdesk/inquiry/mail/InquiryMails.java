package app.capgo.supportdesk.inquiry.mail;

import app.capgo.supportdesk.inquiry.Inquiry;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Composes and sends an inquiry's email of any kind through its {@link MailComposer}, from the
 * configured sender, as a multipart (plain text and HTML) UTF-8 message. Every kind must have a
 * composer: the app does not start otherwise.
 */
@Component
class InquiryMails {

    private final JavaMailSender sender;
    private final MailSettings settings;
    private final MailTexts texts;
    private final Map<MailKind, MailComposer> composers = new EnumMap<>(MailKind.class);

    InquiryMails(JavaMailSender sender, MailSettings settings, MailTexts texts, List<MailComposer> composers) {
        this.sender = sender;
        this.settings = settings;
        this.texts = texts;
        composers.forEach(c -> {
            if (this.composers.put(c.kind(), c) != null) {
                throw new IllegalStateException("two composers for " + c.kind() + " emails");
            }
        });
        List<MailKind> missing = Arrays.stream(MailKind.values()).filter(k -> !this.composers.containsKey(k)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("no composer for the emails " + missing);
        }
    }

    MimeMessage compose(Inquiry inquiry, MailKind kind) throws MessagingException {
        MimeMessage mail = new StableIdMessage(session(), messageId(inquiry, kind));
        MimeMessageHelper helper = new MimeMessageHelper(mail, true, StandardCharsets.UTF_8.name());
        helper.setFrom(settings.from());
        composers.get(kind).compose(inquiry, helper, texts);
        return mail;
    }

    /** {@code <PS-2026-000042.customer@capgo.app>}: the same at every attempt of this email. */
    private String messageId(Inquiry inquiry, MailKind kind) throws MessagingException {
        String sender = new InternetAddress(settings.from()).getAddress();
        return "<" + inquiry.reference() + "." + kind.key() + sender.substring(sender.lastIndexOf('@')) + ">";
    }

    private Session session() {
        return sender instanceof JavaMailSenderImpl impl ? impl.getSession() : Session.getInstance(new Properties());
    }

    void send(MimeMessage message) {
        sender.send(message);
    }
}
