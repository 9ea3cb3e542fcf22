package app.capgo.supportdesk.sales;

import app.capgo.supportdesk.inquiry.Inquiry;

import app.capgo.supportdesk.inquiry.mail.MailKind;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The inbox's CSV export (RFC 4180). A cell starting with {@code = + - @}, a tab or a carriage
 * return is prefixed with a single quote, so that a spreadsheet never runs it as a formula.
 */
public final class InquiryCsv {

    /** The columns: the inquiry's fields, one per email kind ({@code sales_email}, ...), the message last. */
    public static final List<String> HEADER = Stream.of(
            Stream.of("reference", "created_at", "name", "email", "company", "plan", "organisation", "app_scale",
                    "contact_time", "status"),
            Arrays.stream(MailKind.values()).map(k -> k.key() + "_email"),
            Stream.of("message")).flatMap(s -> s).toList();

    private InquiryCsv() {
    }

    /**
     * The file to download: UTF-8 behind a byte-order mark, which spreadsheet programs need to read
     * accented names as written (without it, Excel takes the file for the system's code page).
     */
    public static byte[] file(Stream<Inquiry> inquiries) {
        return ("\uFEFF" + write(inquiries)).getBytes(StandardCharsets.UTF_8);
    }

    public static String write(Stream<Inquiry> inquiries) {
        StringBuilder csv = new StringBuilder(line(HEADER));
        inquiries.forEach(i -> csv.append(line(Stream.of(
                Stream.of(i.reference(), DateTimeFormatter.ISO_INSTANT.format(i.createdAt()), i.name(), i.email(),
                        i.company(), i.plan().code(), i.organisation(), i.appScale(), i.contactTime(),
                        i.status().name().toLowerCase(Locale.ROOT)),
                Arrays.stream(MailKind.values()).map(k -> i.mail(k).state().name()),
                Stream.of(i.message())).flatMap(s -> s).toList())));
        return csv.toString();
    }

    static String line(List<String> cells) {
        return cells.stream().map(InquiryCsv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    /** One cell, neutralised against formulas and quoted when needed. */
    public static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        // Quoted also for ';', the separator French spreadsheets split on.
        boolean quote = safe.contains(",") || safe.contains(";") || safe.contains("\"") || safe.contains("\n")
                || safe.contains("\r");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
