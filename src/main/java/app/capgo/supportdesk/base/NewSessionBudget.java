package app.capgo.supportdesk.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * How many new sessions each client ({@link ClientKey}) may open per minute, counted in memory on
 * this instance (a session lives on one instance). Bounded: the table is emptied when it holds more
 * clients than {@link #MAX_CLIENTS}, which only forgets counts.
 */
final class NewSessionBudget {

    static final int MAX_CLIENTS = 100_000;
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private record Window(Instant start, int opened) {
    }

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();
    private final int perMinute;
    private final Clock clock;

    NewSessionBudget(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Whether {@code client} may open one more session now; counts it if so. */
    boolean tryOpen(String client) {
        if (windows.size() > MAX_CLIENTS) {
            windows.clear();
        }
        Instant now = clock.instant();
        boolean[] allowed = {true};
        windows.compute(ClientKey.of(client), (key, window) -> {
            if (window == null || !window.start().plus(MINUTE).isAfter(now)) {
                return new Window(now, 1);
            }
            if (window.opened() >= perMinute) {
                allowed[0] = false;
                return window;
            }
            return new Window(window.start(), window.opened() + 1);
        });
        return allowed[0];
    }
}
