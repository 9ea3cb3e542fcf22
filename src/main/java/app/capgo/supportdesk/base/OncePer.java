package app.capgo.supportdesk.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** Says yes at most once per period (and on the first ask): for a warning that must not flood the log. */
public final class OncePer {

    private final Duration period;
    private final Clock clock;
    private final AtomicReference<Instant> last = new AtomicReference<>(Instant.EPOCH);

    public OncePer(Duration period, Clock clock) {
        this.period = period;
        this.clock = clock;
    }

    /** True when the period has passed since the last yes (one caller wins a race). */
    public boolean due() {
        Instant now = clock.instant();
        Instant before = last.get();
        return before.plus(period).isBefore(now) && last.compareAndSet(before, now);
    }
}
