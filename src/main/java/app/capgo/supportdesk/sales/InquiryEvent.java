package app.capgo.supportdesk.sales;

import java.time.Instant;

/** One line of an inquiry's follow-up: a status change or an internal note, with who and when. */
public record InquiryEvent(Instant at, String who, Kind kind, String text) {

    public enum Kind { STATUS, NOTE }
}
