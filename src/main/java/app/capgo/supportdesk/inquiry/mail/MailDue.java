package app.capgo.supportdesk.inquiry.mail;

/** An email of an inquiry is due: published with the inquiry, in the same transaction. */
public record MailDue(long inquiryId, MailKind kind) {
}
