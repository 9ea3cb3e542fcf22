package app.capgo.supportdesk.inquiry.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Optional;

/**
 * The delivery state of one email of an inquiry, as stored (a row of {@code mail_delivery}):
 * pending, being sent, sent (with time) or failing (with the attempt count and the last error).
 * It changes only through {@link MailStates}.
 */
@Embeddable
public class MailDelivery {

    /** The longest last error kept (the column's length). */
    public static final int MAX_ERROR = 500;

    /** Where an email is: UNDELIVERABLE is final (a permanent failure: invalid address, a 5xx answer). */
    public enum State { PENDING, SENDING, SENT, FAILING, UNDELIVERABLE }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private State state = State.PENDING;

    @Column(nullable = false)
    private int attempts;

    private @Nullable Instant sentAt;

    private @Nullable Instant lastAttemptAt;

    @Column(length = MAX_ERROR)
    private @Nullable String lastError;

    public State state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }

    public Optional<Instant> lastAttemptAt() {
        return Optional.ofNullable(lastAttemptAt);
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }
}
