package app.capgo.supportdesk.inquiry;

import app.capgo.supportdesk.base.ClientKey;
import app.capgo.supportdesk.base.SharedCounters;

import java.time.Duration;
import java.util.List;

/**
 * At most N submissions per client ({@link ClientKey}: an IPv6 client by its /64) within a window
 * that starts at its first submission, counted in the database: the limit holds across instances
 * and restarts.
 */
final class SubmissionRateLimiter {

    private final SharedCounters counters;
    private final int limit;
    private final Duration window;

    SubmissionRateLimiter(SharedCounters counters, int limit, Duration window) {
        this.counters = counters;
        this.limit = limit;
        this.window = window;
    }

    /** Counts a submission of {@code client}; false when it is over the limit (and then not counted). */
    boolean tryAcquire(String client) {
        return counters.tryHit(List.of("inquiry-client:" + ClientKey.of(client)), limit, window,
                SharedCounters.Expiry.AFTER_FIRST_HIT);
    }
}
