package app.capgo.supportdesk.security;

import app.capgo.supportdesk.base.SharedCounters;

import java.time.Duration;
import java.util.List;

/**
 * Counts failed logins per user name and per client address, in the database (every instance sees
 * them; a restart forgets nothing); after N failures either is locked for a while (counted from
 * the last failure), even for the right password. An attempt is counted before its password is
 * checked and given back only when it succeeds.
 */
final class LoginThrottle {

    private final SharedCounters counters;
    private final int maxFailures;
    private final Duration lockout;

    LoginThrottle(SharedCounters counters, int maxFailures, Duration lockout) {
        this.counters = counters;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    /**
     * Reserves one attempt for the user name and the client, counted as a failure until it
     * succeeds: false (nothing reserved) when either has no attempt left. Check and count are one
     * atomic step, across instances too, so parallel attempts cannot all pass the check before the
     * first is counted.
     */
    boolean tryReserve(String username, String client) {
        return counters.tryHit(List.of(user(username), client(client)), maxFailures, lockout,
                SharedCounters.Expiry.AFTER_LAST_HIT);
    }

    /** The reserved attempt signed in: the user's failures are forgotten and the client's attempt given back. */
    void succeeded(String username, String client) {
        counters.forget(user(username));
        counters.giveBack(client(client));
    }

    private static String user(String username) {
        return "login-user:" + username;
    }

    private static String client(String client) {
        return "login-client:" + client;
    }
}
