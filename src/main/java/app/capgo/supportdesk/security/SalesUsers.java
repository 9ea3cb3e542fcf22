package app.capgo.supportdesk.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The staff users: those of {@code support.sales.users} when configured, each with its roles
 * ({@code SALES} when it names none); otherwise the ones stored in the database, sales users, where
 * the first start creates one ({@code sales}) with a random password written once to the log.
 * There is never a fixed default password.
 */
public class SalesUsers implements UserDetailsService {

    private static final Logger LOG = LoggerFactory.getLogger(SalesUsers.class);
    public static final String FIRST_USER = "sales";
    private static final Pattern BCRYPT_COST = Pattern.compile("\\$2[abxy]?\\$(\\d{2})\\$");
    private static final int DEFAULT_COST = 10;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    /** A configured user: the hash of its password and its roles. */
    record Account(String hash, Set<String> roles) {
    }

    private final Map<String, Account> configured;
    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    /**
     * A hash of a random password at the cost of the real ones: unknown names cost a real check.
     * Made beside the start, not in it (one bcrypt hash, 70-280 ms on a 2-core machine, cost 10 to 12);
     * a check waits for it.
     */
    private final CompletableFuture<String> dummyHash;

    SalesUsers(String users, JdbcClient jdbc, PasswordEncoder encoder, Clock clock) {
        this.configured = parse(users);
        this.jdbc = jdbc;
        this.encoder = encoder;
        if (configured.isEmpty() && jdbc.sql("SELECT COUNT(*) FROM sales_user").query(Long.class).single() == 0) {
            String password = randomPassword();
            insert(FIRST_USER, encoder.encode(password), clock);
            LOG.warn("No sales users configured (support.sales.users): created user '{}' with password '{}'. "
                    + "It is shown only this once; configure SUPPORT_SALES_USERS for production.", FIRST_USER, password);
        }
        int cost = highestCost();
        this.dummyHash = CompletableFuture.supplyAsync(() -> "{bcrypt}" + new BCryptPasswordEncoder(cost).encode(randomPassword()));
    }

    /** The highest bcrypt cost among the stored hashes ({@code $2y$12$...} costs 12); 10 when none says. */
    private int highestCost() {
        List<String> hashes = configured.isEmpty()
                ? jdbc.sql("SELECT password_hash FROM sales_user").query(String.class).list()
                : configured.values().stream().map(Account::hash).toList();
        return hashes.stream().map(BCRYPT_COST::matcher).filter(Matcher::find)
                .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(DEFAULT_COST);
    }

    /** Spends the time of one real password check, for paths that must not answer faster. */
    void checkDummy(String password) {
        encoder.matches(password, dummyHash.join());
    }

    /**
     * Gives {@code username} (created when missing) a new random password, stored hashed and written
     * once to the log: the way back in when the first-start password is lost. Only for users kept
     * in the database; configured users change their hash in {@code support.sales.users}.
     */
    void resetPassword(String username, Clock clock) {
        if (!configured.isEmpty()) {
            LOG.warn("support.sales.reset-password={} ignored: the sales users come from support.sales.users, where "
                    + "a new hash is set instead", username);
            return;
        }
        String password = randomPassword();
        String hash = encoder.encode(password);
        int updated = jdbc.sql("UPDATE sales_user SET password_hash = :p WHERE username = :u")
                .param("p", hash).param("u", username).update();
        if (updated == 0) {
            insert(username, hash, clock);
        }
        LOG.warn("support.sales.reset-password: user '{}' has the new password '{}'. It is shown only this once; "
                + "start again without SUPPORT_SALES_RESET_PASSWORD.", username, password);
    }

    private void insert(String username, String hash, Clock clock) {
        jdbc.sql("INSERT INTO sales_user (username, password_hash, created_at) VALUES (:u, :p, :t)")
                .param("u", username).param("p", hash).param("t", Timestamp.from(clock.instant())).update();
    }

    /**
     * Reads {@code name:{bcrypt}hash,...}, each entry optionally with its roles before the hash
     * ({@code name:SUPPORT:{bcrypt}hash}, {@code name:SALES+SUPPORT:{bcrypt}hash}; SALES when none is
     * named); an entry without an encoder id is refused (no plain passwords).
     */
    static Map<String, Account> parse(String users) {
        Map<String, Account> result = new LinkedHashMap<>();
        for (String entry : users.split(",")) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            int colon = e.indexOf(':');
            int roles = colon <= 0 || e.startsWith("{", colon + 1) ? -1 : e.indexOf(':', colon + 1);
            int hash = roles < 0 ? colon + 1 : roles + 1;
            if (colon <= 0 || !e.startsWith("{", hash)) {
                throw new IllegalArgumentException("support.sales.users entries are username:{bcrypt}$2a$... or "
                        + "username:SALES+SUPPORT:{bcrypt}$2a$..., not: " + e.substring(0, Math.max(colon, 0)) + ":***");
            }
            Set<String> granted = roles < 0 ? Set.of(StaffRoles.SALES) : StaffRoles.parse(e.substring(colon + 1, roles));
            result.put(e.substring(0, colon), new Account(e.substring(hash), granted));
        }
        return result;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Optional<Account> account = configured.isEmpty()
                ? jdbc.sql("SELECT password_hash FROM sales_user WHERE username = :u").param("u", username)
                        .query(String.class).optional().map(h -> new Account(h, Set.of(StaffRoles.SALES)))
                : Optional.ofNullable(configured.get(username));
        // An unknown name gets a random hash of the real cost: its check fails as slowly as a real one.
        return User.withUsername(username).password(account.map(Account::hash).orElseGet(dummyHash::join))
                .roles(account.map(Account::roles).orElse(Set.of(StaffRoles.SALES)).toArray(String[]::new)).build();
    }

    static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
