package app.capgo.supportdesk.inquiry.mail;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.util.Collection;
import java.util.List;

/** The embedded GreenMail server's mailboxes as the outbox: read, and erased along with an inquiry. */
final class EmbeddedOutbox implements Outbox {

    private final GreenMail server;

    EmbeddedOutbox(GreenMail server) {
        this.server = server;
    }

    @Override
    public List<MimeMessage> messages() {
        return List.of(server.getReceivedMessages());
    }

    @Override
    public void erase(Collection<String> references) {
        if (references.isEmpty()) {
            return;
        }
        try {
            for (MailFolder folder : server.getManagers().getImapHostManager().getStore().listMailboxes("*")) {
                boolean any = false;
                // The uids are read under the folder's lock: the server may receive a message meanwhile.
                for (long uid : folder.getMessageUids()) {
                    StoredMessage message = folder.getMessage(uid);
                    if (message != null && names(message.getMimeMessage(), references)) {
                        message.setFlag(Flags.Flag.DELETED, true);
                        any = true;
                    }
                }
                if (any) {
                    folder.expunge();
                }
            }
        } catch (FolderException e) {
            throw new IllegalStateException("the embedded outbox could not be erased", e);
        }
    }

    private static boolean names(MimeMessage message, Collection<String> references) {
        try {
            String subject = message.getSubject();
            return subject != null && references.stream().anyMatch(subject::contains);
        } catch (MessagingException e) {
            return false;
        }
    }
}
