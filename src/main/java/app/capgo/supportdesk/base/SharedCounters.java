package app.capgo.supportdesk.base;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.function.SingletonSupplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Counters kept in the database (table {@code rate_counter}), so that a limit holds across every
 * instance of the app and survives a restart: the inquiries per client, the failed sign-ins per
 * user name and per client address. Keys are stored as keyed digests (HMAC-SHA-256 with a secret
 * kept in the database, table {@code counter_secret}, generated at first use): no address or user
 * name in clear, and none recoverable by hashing every address. Expired rows are deleted by
 * {@link #deleteExpired()}.
 */
public final class SharedCounters {

    /** When a key's hits die: a fixed time after its first hit, or after its last one. */
    public enum Expiry { AFTER_FIRST_HIT, AFTER_LAST_HIT }

    private record Row(int hits, Instant expiresAt) {
        int live(Instant now) {
            return expiresAt.isAfter(now) ? hits : 0;
        }
    }

    private static final Duration NEW_ROW_GRACE = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final SingletonSupplier<SecretKeySpec> secret = SingletonSupplier.of(this::loadSecret);

    public SharedCounters(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        // A hit counts even when the caller's own work is rolled back, and a clash never spoils it.
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Counts one hit on every key, all or none: false, and nothing counted, when a key already has
     * {@code limit} live hits. Instances agree: each key's row is locked while it is checked and
     * counted (keys in a fixed order, so two callers never wait for each other in a circle).
     */
    public boolean tryHit(List<String> keys, int limit, Duration lifetime, Expiry expiry) {
        List<String> ids = keys.stream().map(this::digest).distinct().sorted().toList();
        Instant now = clock.instant();
        ids.forEach(id -> ensureRow(id, now));
        return Boolean.TRUE.equals(ownTransaction.execute(status -> {
            List<Row> rows = ids.stream().map(this::lock).toList();
            if (rows.stream().anyMatch(row -> row.live(now) >= limit)) {
                return false;
            }
            for (int i = 0; i < ids.size(); i++) {
                Row row = rows.get(i);
                boolean live = row.live(now) > 0;
                Instant expires = expiry == Expiry.AFTER_LAST_HIT || !live ? now.plus(lifetime) : row.expiresAt();
                jdbc.sql("UPDATE rate_counter SET hits = ?, expires_at = ? WHERE counter_key = ?")
                        .params(live ? row.hits() + 1 : 1, utc(expires), ids.get(i)).update();
            }
            return true;
        }));
    }

    /** The live hits of {@code key} (0 once expired). */
    public int hits(String key) {
        return read(digest(key)).map(row -> row.live(clock.instant())).orElse(0);
    }

    /** Takes one hit back from {@code key}, if it has any. */
    public void giveBack(String key) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql(
                "UPDATE rate_counter SET hits = hits - 1 WHERE counter_key = ? AND hits > 0").param(digest(key)).update());
    }

    /** Forgets every hit of {@code key}. */
    public void forget(String key) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql("DELETE FROM rate_counter WHERE counter_key = ?")
                .param(digest(key)).update());
    }

    /** Deletes the expired rows; returns how many. */
    public int deleteExpired() {
        return jdbc.sql("DELETE FROM rate_counter WHERE expires_at <= ?").param(utc(clock.instant())).update();
    }

    /** Creates the key's row, with no hits, if it has none; it outlives the cleanup long enough to be counted. */
    private void ensureRow(String id, Instant now) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.sql("INSERT INTO rate_counter (counter_key, hits, expires_at)"
                            + " SELECT ?, 0, ? WHERE NOT EXISTS (SELECT 1 FROM rate_counter WHERE counter_key = ?)")
                    .params(id, utc(now.plus(NEW_ROW_GRACE)), id).update());
        } catch (DuplicateKeyException e) {
            // Another instance or thread created it at the same moment: it is there.
        }
    }

    private Row lock(String id) {
        return jdbc.sql("SELECT hits, expires_at FROM rate_counter WHERE counter_key = ? FOR UPDATE").param(id)
                .query((rs, n) -> new Row(rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant())).single();
    }

    private Optional<Row> read(String id) {
        return jdbc.sql("SELECT hits, expires_at FROM rate_counter WHERE counter_key = ?").param(id)
                .query((rs, n) -> new Row(rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant())).optional();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private String digest(String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret.obtain());
            return HexFormat.of().formatHex(mac.doFinal(key.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every JDK", e);
        }
    }

    /** The shared secret: read, or made by the first instance to need it (another one's wins a race). */
    private SecretKeySpec loadSecret() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.sql("INSERT INTO counter_secret (id, secret)"
                    + " SELECT 1, ? WHERE NOT EXISTS (SELECT 1 FROM counter_secret WHERE id = 1)")
                    .param(HexFormat.of().formatHex(fresh)).update());
        } catch (DuplicateKeyException e) {
            // Another instance made it at the same moment: theirs is the one.
        }
        String stored = jdbc.sql("SELECT secret FROM counter_secret WHERE id = 1").query(String.class).single();
        return new SecretKeySpec(HexFormat.of().parseHex(stored), "HmacSHA256");
    }
}
