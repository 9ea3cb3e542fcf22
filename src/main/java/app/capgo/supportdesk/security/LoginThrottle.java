package app.capgo.supportdesk.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts failed logins per user name and per client address; after N failures either is locked
 * for a while (counted from the last failure), even for the right password. An attempt is counted
 * before its password is checked and given back only when it succeeds.
 */
final class LoginThrottle {

    private final int maxFailures;
    private final Cache<String, AtomicInteger> failures;

    LoginThrottle(int maxFailures, Duration lockout) {
        this.maxFailures = maxFailures;
        this.failures = Caffeine.newBuilder().expireAfterWrite(lockout).maximumSize(100_000).build();
    }

    /**
     * Reserves one attempt for the user name and the client, counted as a failure until it
     * succeeds: false (nothing reserved) when either has no attempt left. Check and count are one
     * atomic step, so parallel attempts cannot all pass the check before the first is counted.
     */
    synchronized boolean tryReserve(String username, String client) {
        if (count("user:" + username) >= maxFailures || count("client:" + client) >= maxFailures) {
            return false;
        }
        for (String key : new String[]{"user:" + username, "client:" + client}) {
            AtomicInteger counter = failures.get(key, k -> new AtomicInteger());
            counter.incrementAndGet();
            failures.put(key, counter);
        }
        return true;
    }

    /** The reserved attempt signed in: the user's failures are forgotten and the client's attempt given back. */
    synchronized void succeeded(String username, String client) {
        failures.invalidate("user:" + username);
        AtomicInteger counter = failures.getIfPresent("client:" + client);
        if (counter != null && counter.decrementAndGet() <= 0) {
            failures.invalidate("client:" + client);
        }
    }

    private int count(String key) {
        AtomicInteger counter = failures.getIfPresent(key);
        return counter == null ? 0 : counter.get();
    }
}
