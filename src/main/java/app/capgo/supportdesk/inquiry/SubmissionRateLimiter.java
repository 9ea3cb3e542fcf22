package app.capgo.supportdesk.inquiry;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/** At most N submissions per client within a sliding window; clients are forgotten after the window. */
final class SubmissionRateLimiter {

    private final int limit;
    private final java.time.Duration window;
    private final Clock clock;
    private final Cache<String, Deque<Instant>> recent;

    SubmissionRateLimiter(int limit, java.time.Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
        this.recent = Caffeine.newBuilder().expireAfterAccess(window).maximumSize(100_000).build();
    }

    /** Counts a submission of {@code client}; false when it is over the limit (and then not counted). */
    boolean tryAcquire(String client) {
        Instant now = clock.instant();
        Deque<Instant> times = recent.get(client, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
