package app.capgo.supportdesk.inquiry.mail;

import jakarta.mail.internet.MimeMessage;

import java.util.List;

/** What the embedded SMTP server received, oldest first (only when the app runs its own SMTP). */
@FunctionalInterface
public interface Outbox {
    List<MimeMessage> messages();
}
