package app.capgo.supportdesk.inquiry.mail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Atomic changes of one email's delivery state, one row of {@code mail_delivery} each, whatever
 * its kind: the emails of an inquiry are sent concurrently, so each touches only its own row (and
 * claims are conditional updates).
 */
@Component
public class MailStates {

    private static final String ROW = " WHERE inquiry_id = :id AND kind = :kind";

    private final JdbcClient jdbc;

    MailStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A statement on the row of one inquiry's email of one kind. */
    private JdbcClient.StatementSpec row(String sql, long id, MailKind kind) {
        return jdbc.sql(sql + ROW).param("id", id).param("kind", kind.name());
    }

    /** Claims the email for sending: true when it was pending, failing, or stuck sending since before {@code staleBefore}. */
    boolean claim(long id, MailKind kind, Instant now, Instant staleBefore) {
        return jdbc.sql("UPDATE mail_delivery SET state = 'SENDING', attempts = attempts + 1, last_attempt_at = :now" + ROW
                        + " AND (state IN ('PENDING', 'FAILING') OR (state = 'SENDING' AND last_attempt_at < :stale))")
                .param("id", id).param("kind", kind.name())
                .param("now", Timestamp.from(now)).param("stale", Timestamp.from(staleBefore)).update() == 1;
    }

    /** One unsent email's state, as the retry needs it. */
    record Unsent(MailDelivery.State state, int attempts, Optional<Instant> lastAttemptAt) {
    }

    /** Every email not yet sent, by inquiry and kind, read in one query. */
    Map<MailDue, Unsent> unsent() {
        Map<MailDue, Unsent> result = new HashMap<>();
        jdbc.sql("SELECT inquiry_id, kind, state, attempts, last_attempt_at FROM mail_delivery WHERE state <> 'SENT'")
                .query(rs -> {
                    Timestamp last = rs.getTimestamp(5);
                    result.put(new MailDue(rs.getLong(1), MailKind.valueOf(rs.getString(2))),
                            new Unsent(MailDelivery.State.valueOf(rs.getString(3)), rs.getInt(4),
                                    Optional.ofNullable(last).map(Timestamp::toInstant)));
                });
        return result;
    }

    /** How many emails wait to go out (pending, being sent or failing). */
    long waiting() {
        return jdbc.sql("SELECT COUNT(*) FROM mail_delivery WHERE state IN ('PENDING', 'SENDING', 'FAILING')")
                .query(Long.class).single();
    }

    /** When the inquiry of the oldest email still waiting was stored. */
    Optional<Instant> oldestWaiting() {
        return jdbc.sql("SELECT MIN(i.created_at) FROM mail_delivery d JOIN inquiry i ON i.id = d.inquiry_id "
                        + "WHERE d.state IN ('PENDING', 'SENDING', 'FAILING')")
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant)).single();
    }

    Optional<MailDelivery.State> state(long id, MailKind kind) {
        return row("SELECT state FROM mail_delivery", id, kind).query(String.class).optional()
                .map(MailDelivery.State::valueOf);
    }

    void sent(long id, MailKind kind, Instant now) {
        row("UPDATE mail_delivery SET state = 'SENT', sent_at = :now, last_error = NULL", id, kind)
                .param("now", Timestamp.from(now)).update();
    }

    void failed(long id, MailKind kind, String error) {
        row("UPDATE mail_delivery SET state = 'FAILING', last_error = :error", id, kind).param("error", clip(error)).update();
    }

    /** An email that can never be sent: no more attempts. */
    void undeliverable(long id, MailKind kind, String error) {
        row("UPDATE mail_delivery SET state = 'UNDELIVERABLE', last_error = :error", id, kind).param("error", clip(error))
                .update();
    }

    /** Puts a failing email back in line at once (the sales inbox's "resend"); a sent or undeliverable one stays. */
    public boolean resend(long id, MailKind kind) {
        return jdbc.sql("UPDATE mail_delivery SET state = 'FAILING', last_attempt_at = NULL" + ROW + " AND state = 'FAILING'")
                .param("id", id).param("kind", kind.name()).update() == 1;
    }

    /** An error message cut to the column's length. */
    private static String clip(String error) {
        return error.length() <= MailDelivery.MAX_ERROR ? error : error.substring(0, MailDelivery.MAX_ERROR);
    }
}
