package app.capgo.supportdesk.inquiry.mail;

import java.util.regex.Pattern;

/**
 * What of a mail error may reach the log: the text with anything that looks like an email address
 * masked (SMTP replies and JavaMail's exceptions name the recipient), so the log holds no personal data.
 */
final class LogSafe {

    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"'(),;:\\[\\]]+@[^\\s<>\"'(),;:\\[\\]]+");

    private LogSafe() {
    }

    static String mask(String text) {
        return ADDRESS.matcher(text).replaceAll("<address>");
    }
}
