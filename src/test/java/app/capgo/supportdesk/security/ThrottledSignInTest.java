package app.capgo.supportdesk.security;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import app.capgo.supportdesk.base.SharedCounters;
import app.capgo.supportdesk.testdb.MigratedDatabase;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import javax.sql.DataSource;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sign-in's throttle and its timing, at the level of the authentication provider. */
class ThrottledSignInTest {

    private static final String PASSWORD = "the right passphrase";
    private static final int LIMIT = 5;

    /** A password encoder that records the hash of every check it makes. */
    private static final class CountingEncoder implements PasswordEncoder {
        private final PasswordEncoder delegate = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        private final List<String> checked = new CopyOnWriteArrayList<>();

        @Override
        public String encode(CharSequence raw) {
            return delegate.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checked.add(encoded);
            return delegate.matches(raw, encoded);
        }
    }

    private final CountingEncoder encoder = new CountingEncoder();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ThrottledAuthenticationProvider provider = provider(database());

    /** The database the failures are counted in: H2 here, PostgreSQL in the twin. */
    DataSource database() {
        return MigratedDatabase.h2();
    }

    private ThrottledAuthenticationProvider provider(DataSource database) {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(6).encode(PASSWORD);
        JdbcClient jdbc = JdbcClient.create(database);
        SalesUsers users = new SalesUsers("dana:" + hash, jdbc, encoder, Clock.systemUTC());
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        SharedCounters counters = new SharedCounters(jdbc, new DataSourceTransactionManager(database), Clock.systemUTC());
        return new ThrottledAuthenticationProvider(dao, new LoginThrottle(counters, LIMIT, Duration.ofMinutes(15)), users,
                meters);
    }

    private void signIn(String user, String password) {
        provider.authenticate(new UsernamePasswordAuthenticationToken(user, password));
    }

    @Test
    void forty_parallel_wrong_passwords_get_at_most_the_limit_checked_and_the_right_one_is_refused_after() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(40);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Class<?>>> outcomes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    signIn("dana", "wrong guess");
                    return Void.class;
                } catch (AuthenticationException e) {
                    return e.getClass();
                }
            }));
        }
        start.countDown();
        long badCredentials = 0;
        for (Future<Class<?>> outcome : outcomes) {
            if (outcome.get() == BadCredentialsException.class) {
                badCredentials++;
            }
        }
        pool.shutdown();

        assertThat(badCredentials).as("passwords actually checked").isLessThanOrEqualTo(LIMIT);
        assertThat(meters.counter("support.logins", "outcome", "failure").count()).isEqualTo(badCredentials);
        assertThat(meters.counter("support.logins", "outcome", "locked").count()).isEqualTo(40 - badCredentials);
        assertThatThrownBy(() -> signIn("dana", PASSWORD)).isInstanceOf(LockedException.class);
    }

    @Test
    void an_unknown_name_costs_a_check_at_the_cost_of_the_real_hashes() {
        assertThatThrownBy(() -> signIn("mallory", "anything")).isInstanceOf(BadCredentialsException.class);

        assertThat(encoder.checked).hasSize(1);
        assertThat(encoder.checked.getFirst()).startsWith("{bcrypt}$2a$06$");
    }

    @Test
    void a_locked_name_costs_a_check_too() {
        for (int i = 0; i < LIMIT; i++) {
            assertThatThrownBy(() -> signIn("dana", "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        encoder.checked.clear();

        assertThatThrownBy(() -> signIn("dana", PASSWORD)).isInstanceOf(LockedException.class);
        assertThat(encoder.checked).hasSize(1);
        assertThat(encoder.checked.getFirst()).startsWith("{bcrypt}$2a$06$");
    }

    @Test
    void a_success_gives_the_client_its_attempt_back() {
        for (int i = 0; i < 10; i++) {
            signIn("dana", PASSWORD);
        }
        assertThatThrownBy(() -> signIn("dana", "wrong")).isInstanceOf(BadCredentialsException.class);
    }
}
