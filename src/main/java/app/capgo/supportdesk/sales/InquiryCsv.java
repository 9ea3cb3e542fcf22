package app.capgo.supportdesk.sales;

import app.capgo.supportdesk.base.Csv;
import app.capgo.supportdesk.inquiry.Inquiry;

import app.capgo.supportdesk.inquiry.mail.MailKind;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The inbox's CSV export (RFC 4180), in the reader's language: translated headers and values (the
 * plan, the status, each email's state), dates as "2026-12-01 15:47" in UTC, and the internal
 * notes; cells as {@link Csv} writes them (never a formula).
 */
public final class InquiryCsv {

    /** The message keys of the columns: the inquiry's fields, one per email kind, the message and the notes last. */
    public static final List<String> HEADER = Stream.of(
            Stream.of("record.reference", "sales.column.created", "record.name", "record.email", "record.company",
                    "record.plan", "record.org", "record.scale", "record.contact-time", "sales.column.status"),
            Arrays.stream(MailKind.values()).map(k -> "sales.mail-kind." + k.key()),
            Stream.of("record.message", "sales.csv.notes")).flatMap(s -> s).toList();

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private InquiryCsv() {
    }

    /**
     * The file to download ({@link Csv#file}). {@code text} gives a message key's text in the reader's language; {@code notes} an inquiry's
     * notes, oldest first.
     */
    public static byte[] file(Stream<Inquiry> inquiries, Function<Long, List<InquiryEvent>> notes,
                              Function<String, String> text) {
        return Csv.file(write(inquiries, notes, text));
    }

    public static String write(Stream<Inquiry> inquiries, Function<Long, List<InquiryEvent>> notes,
                               Function<String, String> text) {
        StringBuilder csv = new StringBuilder(Csv.line(HEADER.stream().map(text).toList()));
        inquiries.forEach(i -> csv.append(Csv.line(Stream.of(
                Stream.of(i.reference(), TIME.format(i.createdAt()), i.name(), i.email(), i.company(),
                        text.apply("inquiry.plan." + i.plan().code()), i.organisation(), i.appScale(), i.contactTime(),
                        text.apply("sales.status." + i.status().name().toLowerCase(Locale.ROOT))),
                Arrays.stream(MailKind.values())
                        .map(k -> text.apply(MailStateText.key(i, k))),
                Stream.of(i.message(), notes.apply(i.id()).stream()
                        .map(n -> TIME.format(n.at()) + " UTC · " + n.who() + " · " + n.text())
                        .collect(Collectors.joining("\n")))).flatMap(s -> s).toList())));
        return csv.toString();
    }
}
