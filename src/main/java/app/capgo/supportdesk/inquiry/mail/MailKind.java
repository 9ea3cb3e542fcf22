package app.capgo.supportdesk.inquiry.mail;

import java.util.Locale;

/**
 * The emails of an inquiry. Adding one takes this constant, its {@link MailComposer} and its texts
 * ({@code sales.mail.<key>} and whatever the composer writes): the delivery, the retries, the
 * inbox and the CSV export follow from the constant.
 */
public enum MailKind {
    /** The inquiry, to sales. */
    SALES,
    /** The confirmation, to the customer. */
    CUSTOMER;

    /** The lower-case name used in translation keys and exports. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
