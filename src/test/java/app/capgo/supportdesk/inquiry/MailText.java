package app.capgo.supportdesk.inquiry;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

import java.util.HashMap;
import java.util.Map;

/** Reads the text/plain and text/html parts of a message, decoded. */
final class MailText {

    private MailText() {
    }

    static Map<String, String> plainAndHtml(Part part) {
        Map<String, String> result = new HashMap<>();
        collect(part, result);
        return result;
    }

    private static void collect(Part part, Map<String, String> result) {
        try {
            if (part.isMimeType("text/plain") || part.isMimeType("text/html")) {
                result.putIfAbsent(part.isMimeType("text/plain") ? "text/plain" : "text/html", (String) part.getContent());
            } else if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collect(child, result);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
