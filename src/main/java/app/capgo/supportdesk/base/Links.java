package app.capgo.supportdesk.base;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Building links that carry text: percent-encoding and {@code mailto:} links. */
public final class Links {

    private Links() {
    }

    /** Percent-encoding for a URL query value, with spaces as %20 (mail clients do not read '+'). */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A {@code mailto:} link with subject and body filled in. */
    public static String mailto(String address, String subject, String body) {
        return "mailto:" + address + "?subject=" + encode(subject) + "&body=" + encode(body);
    }
}
