package app.capgo.supportdesk.inquiry.mail;

import org.springframework.core.env.Environment;

/**
 * Where the emails go, read from the environment when the app starts: the SMTP server of {@code
 * spring.mail.host}; else, when chosen with {@code support.mail.embedded=true}, the embedded test
 * server nobody receives email from; else nowhere, and the app does not start ({@link Missing}).
 * Decided by the beans' own code, not by bean conditions: the production jar's Spring AOT
 * processing fixes conditions at build time, and the same jar runs with either server.
 */
enum MailServer {
    HOST, EMBEDDED, NONE;

    static MailServer of(Environment environment) {
        String host = environment.getProperty("spring.mail.host");
        if (host != null && !host.isBlank()) {
            return HOST;
        }
        return environment.getProperty("support.mail.embedded", Boolean.class, false) ? EMBEDDED : NONE;
    }

    /** No SMTP server is configured and the embedded one was not chosen. */
    static final class Missing extends IllegalStateException {
        Missing() {
            super("no SMTP server: spring.mail.host is not set and support.mail.embedded is not true");
        }
    }
}
