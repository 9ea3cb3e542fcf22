package app.capgo.supportdesk.inquiry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Atomic changes of one email's delivery state, column by column: the two emails of an inquiry
 * are sent concurrently, so each touches only its own columns (and claims are conditional updates).
 */
@Component
class MailStates {

    private final JdbcClient jdbc;

    MailStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static String prefix(MailKind kind) {
        return kind == MailKind.SALES ? "sales_mail_" : "customer_mail_";
    }

    /** Claims the email for sending: true when it was pending, failing, or stuck sending since before {@code staleBefore}. */
    boolean claim(long id, MailKind kind, Instant now, Instant staleBefore) {
        String p = prefix(kind);
        return jdbc.sql("UPDATE inquiry SET " + p + "state = 'SENDING', " + p + "attempts = " + p + "attempts + 1, "
                        + p + "last_attempt_at = :now WHERE id = :id AND (" + p + "state IN ('PENDING', 'FAILING') OR ("
                        + p + "state = 'SENDING' AND " + p + "last_attempt_at < :stale))")
                .param("now", Timestamp.from(now)).param("id", id).param("stale", Timestamp.from(staleBefore))
                .update() == 1;
    }

    /** One unsent email's state, as the retry needs it. */
    record Unsent(MailDelivery.State state, int attempts, Optional<Instant> lastAttemptAt) {
    }

    /** Every email not yet sent, by inquiry and kind, read in one query. */
    Map<MailDue, Unsent> unsent() {
        Map<MailDue, Unsent> result = new HashMap<>();
        jdbc.sql("SELECT id, sales_mail_state, sales_mail_attempts, sales_mail_last_attempt_at, customer_mail_state, "
                        + "customer_mail_attempts, customer_mail_last_attempt_at FROM inquiry "
                        + "WHERE sales_mail_state <> 'SENT' OR customer_mail_state <> 'SENT'")
                .query(rs -> {
                    long id = rs.getLong(1);
                    for (MailKind kind : MailKind.values()) {
                        int column = kind == MailKind.SALES ? 2 : 5;
                        MailDelivery.State state = MailDelivery.State.valueOf(rs.getString(column));
                        if (state != MailDelivery.State.SENT) {
                            Timestamp last = rs.getTimestamp(column + 2);
                            result.put(new MailDue(id, kind), new Unsent(state, rs.getInt(column + 1),
                                    Optional.ofNullable(last).map(Timestamp::toInstant)));
                        }
                    }
                });
        return result;
    }

    Optional<MailDelivery.State> state(long id, MailKind kind) {
        return jdbc.sql("SELECT " + prefix(kind) + "state FROM inquiry WHERE id = :id").param("id", id)
                .query(String.class).optional().map(MailDelivery.State::valueOf);
    }

    void sent(long id, MailKind kind, Instant now) {
        String p = prefix(kind);
        jdbc.sql("UPDATE inquiry SET " + p + "state = 'SENT', " + p + "sent_at = :now, " + p + "last_error = NULL WHERE id = :id")
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    void failed(long id, MailKind kind, String error) {
        String p = prefix(kind);
        String clipped = error.length() <= InquiryLimits.ERROR ? error : error.substring(0, InquiryLimits.ERROR);
        jdbc.sql("UPDATE inquiry SET " + p + "state = 'FAILING', " + p + "last_error = :error WHERE id = :id")
                .param("error", clipped).param("id", id).update();
    }

    /** Puts a failing email back in line at once (the sales inbox's "resend"); a sent email stays sent. */
    boolean resend(long id, MailKind kind) {
        String p = prefix(kind);
        return jdbc.sql("UPDATE inquiry SET " + p + "state = 'FAILING', " + p + "last_attempt_at = NULL WHERE id = :id AND "
                + p + "state <> 'SENT'").param("id", id).update() == 1;
    }
}
