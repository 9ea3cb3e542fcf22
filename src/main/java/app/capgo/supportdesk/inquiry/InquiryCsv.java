package app.capgo.supportdesk.inquiry;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The inbox's CSV export (RFC 4180). A cell starting with {@code = + - @}, a tab or a carriage
 * return is prefixed with a single quote, so that a spreadsheet never runs it as a formula.
 */
public final class InquiryCsv {

    public static final List<String> HEADER = List.of("reference", "created_at", "name", "email", "company", "plan",
            "organisation", "app_scale", "contact_time", "status", "sales_email", "customer_email", "message");

    private InquiryCsv() {
    }

    public static String write(Stream<Inquiry> inquiries) {
        StringBuilder csv = new StringBuilder(line(HEADER));
        inquiries.forEach(i -> csv.append(line(List.of(i.reference(), DateTimeFormatter.ISO_INSTANT.format(i.createdAt()),
                i.name(), i.email(), i.company(), i.plan().code(), i.organisation(), i.appScale(), i.contactTime(),
                i.status().name().toLowerCase(java.util.Locale.ROOT), i.mail(MailKind.SALES).state().name(),
                i.mail(MailKind.CUSTOMER).state().name(), i.message()))));
        return csv.toString();
    }

    static String line(List<String> cells) {
        return cells.stream().map(InquiryCsv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    /** One cell, neutralised against formulas and quoted when needed. */
    public static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
