package app.capgo.supportdesk.inquiry.mail;

import jakarta.mail.internet.MimeMessage;

import java.util.Collection;
import java.util.List;

/** What the embedded SMTP server received, oldest first (only when the app runs its own SMTP). */
public interface Outbox {

    List<MimeMessage> messages();

    /** Forgets the emails of these inquiries (their subjects name the reference): erased data leaves the outbox too. */
    void erase(Collection<String> references);
}
