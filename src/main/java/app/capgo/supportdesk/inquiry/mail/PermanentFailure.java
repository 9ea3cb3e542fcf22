package app.capgo.supportdesk.inquiry.mail;

import jakarta.mail.SendFailedException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.springframework.mail.MailSendException;

/**
 * Whether a failed send can never succeed: an address that cannot be mailed, or a permanent (5xx)
 * refusal by the SMTP server. Anything else (a server down, a timeout, a 4xx) is worth a retry.
 */
final class PermanentFailure {

    private static final int PERMANENT = 500;

    private PermanentFailure() {
    }

    static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MailTexts.UndeliverableAddress) {
                return true;
            }
            if (t instanceof SMTPAddressFailedException refused && refused.getReturnCode() >= PERMANENT) {
                return true;
            }
            if (t instanceof SMTPSendFailedException refused && refused.getReturnCode() >= PERMANENT) {
                return true;
            }
            if (t instanceof SendFailedException sent && sent.getNextException() != null && is(sent.getNextException())) {
                return true;
            }
            if (t instanceof MailSendException send && send.getMessageExceptions().length > 0) {
                for (Exception cause : send.getMessageExceptions()) {
                    if (is(cause)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
