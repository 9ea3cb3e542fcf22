package app.capgo.supportdesk.inquiry;

/** The two emails of an inquiry. */
public enum MailKind { SALES, CUSTOMER }
