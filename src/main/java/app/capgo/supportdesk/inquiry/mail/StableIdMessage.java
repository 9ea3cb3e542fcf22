package app.capgo.supportdesk.inquiry.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A message whose {@code Message-ID} is the same at every attempt ({@code <reference.kind@domain>}):
 * when a slow server accepted an attempt the app took for failed, the receiving systems see the
 * retry as the same message and can drop the duplicate. (JavaMail makes a new id at each send.)
 */
final class StableIdMessage extends MimeMessage {

    private final String id;

    StableIdMessage(Session session, String id) {
        super(session);
        this.id = id;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", id);
    }
}
