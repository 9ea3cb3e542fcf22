package app.capgo.supportdesk.sales;

import java.time.Instant;

/**
 * One line of an inquiry's follow-up: a status change, an internal note, the erasure of its
 * personal data on request, or its anonymisation by the retention job (then {@code who} is empty:
 * the job is not a person), with who and when.
 */
public record InquiryEvent(Instant at, String who, Kind kind, String text) {

    public enum Kind { STATUS, NOTE, ERASED, ANONYMISED_BY_RETENTION }
}
