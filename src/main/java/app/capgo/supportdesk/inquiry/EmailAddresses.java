package app.capgo.supportdesk.inquiry;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import java.util.Optional;

/**
 * The one check of an email address, the strict one that sending applies: a single plain
 * {@code local@domain} address in printable ASCII (no display name, no group, no bidi override,
 * zero-width or other invisible character; no international address, which needs SMTPUTF8), as
 * RFC 822 parsing in strict mode and its validation accept it.
 */
public final class EmailAddresses {

    private static final String PRINTABLE_ASCII = "[\\x21-\\x7E]+";

    private EmailAddresses() {
    }

    /** The parsed address, or empty when an email to it could never be sent. */
    public static Optional<InternetAddress> parse(String email) {
        String value = email.strip();
        if (!value.matches(PRINTABLE_ASCII)) {
            return Optional.empty();
        }
        try {
            InternetAddress address = new InternetAddress(value, true);
            address.validate();
            return value.equals(address.getAddress()) && address.getPersonal() == null ? Optional.of(address)
                    : Optional.empty();
        } catch (AddressException e) {
            return Optional.empty();
        }
    }

    public static boolean isDeliverable(String email) {
        return parse(email).isPresent();
    }
}
