package app.capgo.supportdesk.sales;

import app.capgo.supportdesk.inquiry.Inquiry;
import app.capgo.supportdesk.inquiry.mail.MailKind;

import java.util.Locale;

/** The text key of an inquiry's email state, as the inbox, its details and the CSV show it. */
public final class MailStateText {

    private MailStateText() {
    }

    /**
     * {@code sales.mail.sent} and the like; {@code sales.mail.none} for an inquiry stored before that
     * kind of email existed (it has no such email, and needs no backfill).
     */
    public static String key(Inquiry inquiry, MailKind kind) {
        return inquiry.findMail(kind).map(m -> "sales.mail." + m.state().name().toLowerCase(Locale.ROOT))
                .orElse("sales.mail.none");
    }
}
