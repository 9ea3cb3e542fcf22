package app.capgo.supportdesk.inquiry;

import app.capgo.supportdesk.base.i18n.Translator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An inquiry's one-line fields, labelled and in order, in the words of a record ("Name", not the
 * form's "Your name"): for the emails and the sales inbox alike.
 */
public final class InquiryFields {

    private InquiryFields() {
    }

    /** Label to value, in the language of {@code t}; the message (several lines) is not among them. */
    public static Map<String, String> of(Inquiry inquiry, Translator t) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(t.get("record.reference"), inquiry.reference());
        fields.put(t.get("record.name"), inquiry.name());
        fields.put(t.get("record.email"), inquiry.email());
        fields.put(t.get("record.company"), inquiry.company());
        fields.put(t.get("record.plan"), t.get("inquiry.plan." + inquiry.plan().code()));
        fields.put(t.get("record.org"), inquiry.organisation());
        fields.put(t.get("record.scale"), inquiry.appScale());
        fields.put(t.get("record.contact-time"), inquiry.contactTime());
        fields.put(t.get("record.language"), t.get("layout.language." + inquiry.language()));
        return fields;
    }
}
