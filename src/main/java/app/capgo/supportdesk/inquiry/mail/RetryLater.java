package app.capgo.supportdesk.inquiry.mail;

/**
 * An email that could not be sent now and will be tried again. Thrown out of the background send
 * so that its "email due" event stays incomplete for the retry; the failure is already logged in
 * one line, so it carries no stack trace and the async error handler does not log it again.
 */
public final class RetryLater extends RuntimeException {

    RetryLater(String message) {
        super(message, null, false, false);
    }
}
