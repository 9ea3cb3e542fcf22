package app.capgo.supportdesk.sales;

import java.time.Instant;

/**
 * One line of an inquiry's follow-up: a status change, an internal note, or the erasure of its
 * personal data (on request, or by the retention job: then {@code who} is "retention"), with who and when.
 */
public record InquiryEvent(Instant at, String who, Kind kind, String text) {

    public enum Kind { STATUS, NOTE, ERASED }
}
