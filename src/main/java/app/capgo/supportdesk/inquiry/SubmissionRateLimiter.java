package app.capgo.supportdesk.inquiry;

import app.capgo.supportdesk.base.SharedCounters;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.regex.Pattern;
import java.util.List;

/**
 * At most N submissions per client within a window that starts at its first submission, counted in
 * the database: the limit holds across instances and restarts.
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
        return counters.tryHit(List.of("inquiry-client:" + clientKey(client)), limit, window,
                SharedCounters.Expiry.AFTER_FIRST_HIT);
    }

    /**
     * Who is counted: an IPv4 address as it is, an IPv6 address by its /64 network (one subscriber
     * gets a whole /64, so counting each address would give them an unlimited quota).
     */
    static String clientKey(String client) {
        if (!client.contains(":") || !IP_LITERAL.matcher(client).matches()) {
            return client;
        }
        try {
            byte[] bytes = InetAddress.getByName(client).getAddress(); // a literal: no name lookup
            if (bytes.length != 16) {
                return client;
            }
            return "v6/64:" + HexFormat.of().formatHex(bytes, 0, 8);
        } catch (UnknownHostException e) {
            return client;
        }
    }

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+(%[0-9A-Za-z]+)?");
}
