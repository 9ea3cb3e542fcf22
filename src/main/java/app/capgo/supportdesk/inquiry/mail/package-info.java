/**
 * Delivery of an inquiry's emails: one "email due" event per kind, the delivery states (one row
 * per email), one composer per kind, the mailer, the retries with backoff, and the embedded SMTP
 * server with its outbox. Offers {@code MailKind}, {@code MailDelivery}, {@code MailStates} (resend)
 * and {@code Outbox} to the sales inbox.
 */
@NamedInterface("mail")
@NullMarked
package app.capgo.supportdesk.inquiry.mail;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
