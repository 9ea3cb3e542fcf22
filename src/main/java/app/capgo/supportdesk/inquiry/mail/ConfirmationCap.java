package app.capgo.supportdesk.inquiry.mail;

import app.capgo.supportdesk.base.OncePer;
import app.capgo.supportdesk.base.SharedCounters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * At most {@code support.mail.confirmations-per-hour} confirmations to customers leave per hour, all
 * instances together (counted in the database): a flood of inquiries to unverified addresses cannot
 * make the app a mass mailer. The inquiries are still stored and sales still notified; a WARN says
 * when the cap is reached (at most once per hour and instance).
 */
@Component
class ConfirmationCap {

    private static final Logger LOG = LoggerFactory.getLogger(ConfirmationCap.class);
    private static final Duration HOUR = Duration.ofHours(1);

    private final SharedCounters counters;
    private final MailSettings settings;
    private final OncePer warning;

    ConfirmationCap(SharedCounters counters, MailSettings settings, Clock clock) {
        this.counters = counters;
        this.settings = settings;
        this.warning = new OncePer(HOUR, clock);
    }

    /** Counts one confirmation; false when this hour's cap is reached (then it is not sent). */
    boolean tryAcquire() {
        if (counters.tryHit(List.of("confirmations-per-hour"), settings.confirmationsPerHour(), HOUR,
                SharedCounters.Expiry.AFTER_FIRST_HIT)) {
            return true;
        }
        if (warning.due()) {
            LOG.warn("The hourly limit of {} confirmation emails is reached (support.mail.confirmations-per-hour):"
                    + " further confirmations this hour are not sent; inquiries are still stored and sales notified",
                    settings.confirmationsPerHour());
        }
        return false;
    }
}
