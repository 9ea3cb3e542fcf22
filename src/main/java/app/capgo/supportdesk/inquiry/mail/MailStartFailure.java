package app.capgo.supportdesk.inquiry.mail;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * "APPLICATION FAILED TO START" in plain words when no SMTP server is configured and the embedded
 * one was not chosen (registered in {@code META-INF/spring.factories}).
 */
public final class MailStartFailure extends AbstractFailureAnalyzer<MailServer.Missing> {

    @Override
    protected FailureAnalysis analyze(Throwable root, MailServer.Missing cause) {
        return new FailureAnalysis("No SMTP server is configured: the inquiry emails (to sales and to the customer)"
                + " would go nowhere.", "Set spring.mail.host (environment SPRING_MAIL_HOST, with spring.mail.port,"
                + " username and password as your server needs), or, for a trial or development only, set"
                + " support.mail.embedded=true (environment SUPPORT_MAIL_EMBEDDED=true): an in-process test server"
                + " that nobody receives email from.", cause);
    }
}
