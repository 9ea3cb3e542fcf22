package app.capgo.supportdesk.inquiry;

import app.capgo.supportdesk.base.i18n.Translator;

import java.util.LinkedHashMap;
import java.util.Map;

/** An inquiry's one-line fields, labelled and in order: for the emails and the sales inbox alike. */
public final class InquiryFields {

    private InquiryFields() {
    }

    /** Label to value, in the language of {@code t}; the message (several lines) is not among them. */
    public static Map<String, String> of(Inquiry inquiry, Translator t) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(t.get("inquiry.reference"), inquiry.reference());
        fields.put(t.get("inquiry.name"), inquiry.name());
        fields.put(t.get("inquiry.email"), inquiry.email());
        fields.put(t.get("inquiry.company"), inquiry.company());
        fields.put(t.get("inquiry.plan"), t.get("inquiry.plan." + inquiry.plan().code()));
        fields.put(t.get("inquiry.org"), inquiry.organisation());
        fields.put(t.get("inquiry.scale"), inquiry.appScale());
        fields.put(t.get("inquiry.contact-time"), inquiry.contactTime());
        fields.put(t.get("inquiry.language"), t.get("layout.language." + inquiry.language()));
        return fields;
    }
}
