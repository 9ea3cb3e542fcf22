package app.capgo.supportdesk.inquiry;

import java.util.Map;

/** What happened to a submission. */
public sealed interface SubmissionResult {

    /** Stored; the emails go out in the background. */
    record Submitted(String reference) implements SubmissionResult { }

    /** Too many submissions from this client lately. */
    record RateLimited() implements SubmissionResult { }

    /** A field is invalid: property name to message (already in the customer's language). */
    record Rejected(Map<String, String> errors) implements SubmissionResult { }

    /**
     * The database could not store it (full disk, database closed or unreachable): nothing was
     * stored and nothing sent; the customer may try again, with what they typed kept.
     */
    record NotStored() implements SubmissionResult { }

    /** The honeypot was filled: silently dropped (a person never sees it). */
    record Discarded() implements SubmissionResult { }
}
