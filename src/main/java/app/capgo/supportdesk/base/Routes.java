package app.capgo.supportdesk.base;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Every route of the app, written once: the views declare them ({@code @Route(Routes.SLA)}) and
 * other features link to them by path, so that no feature imports another's views.
 */
public final class Routes {

    public static final String HOME = "";
    public static final String SUPPORT = "support";
    public static final String SLA = "sla";
    public static final String PREMIUM = "premium";
    public static final String LOGIN = "login";
    public static final String SALES = "sales";
    public static final String OUTBOX = "outbox";
    public static final String PRIVACY = "privacy";
    public static final String INSIGHTS = "insights";

    /** The deep-link parameter of the customer's own text (a question or a pasted log). */
    public static final String TEXT_PARAMETER = "q";
    /** The longest text a link carries (browsers and the server take URLs of a few kilobytes). */
    public static final int MAX_LINK_TEXT = 2_000;

    /** The parameters of {@code /sla} that prefill its deadline calculator (codes as in the verdict's data). */
    public static final String SLA_SEVERITY = "severity";
    public static final String SLA_COLUMN = "sla";
    public static final String SLA_ZONE = "tz";

    private Routes() {
    }

    /**
     * {@code /sla} opened at its deadline calculator, prefilled with a verdict's severity, column and
     * zone: {@code sla?severity=high&sla=enterprise&tz=Europe%2FParis#deadline}.
     */
    public static String slaDeadline(String severity, String column, String zone) {
        return SLA + "?" + SLA_SEVERITY + "=" + encode(severity) + "&" + SLA_COLUMN + "=" + encode(column)
                + "&" + SLA_ZONE + "=" + encode(zone) + "#deadline";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The guided flow with the customer's text ({@code /support?q=...}), cut to {@link #MAX_LINK_TEXT}. */
    public static String supportWithText(String text) {
        String kept = text.strip();
        kept = kept.length() > MAX_LINK_TEXT ? kept.substring(0, MAX_LINK_TEXT) : kept;
        return SUPPORT + "?" + TEXT_PARAMETER + "=" + encode(kept);
    }
}
