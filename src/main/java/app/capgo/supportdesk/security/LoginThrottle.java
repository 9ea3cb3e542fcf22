package app.capgo.supportdesk.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts failed logins per user name and per client address; after N failures either is locked
 * for a while (counted from the last failure), even for the right password.
 */
final class LoginThrottle {

    private final int maxFailures;
    private final Cache<String, AtomicInteger> failures;

    LoginThrottle(int maxFailures, Duration lockout) {
        this.maxFailures = maxFailures;
        this.failures = Caffeine.newBuilder().expireAfterWrite(lockout).maximumSize(100_000).build();
    }

    boolean isLocked(String username, String client) {
        return count("user:" + username) >= maxFailures || count("client:" + client) >= maxFailures;
    }

    void failed(String username, String client) {
        for (String key : new String[]{"user:" + username, "client:" + client}) {
            AtomicInteger counter = failures.get(key, k -> new AtomicInteger());
            counter.incrementAndGet();
            failures.put(key, counter);
        }
    }

    void succeeded(String username) {
        failures.invalidate("user:" + username);
    }

    private int count(String key) {
        AtomicInteger counter = failures.getIfPresent(key);
        return counter == null ? 0 : counter.get();
    }
}
