package app.capgo.supportdesk.security;

import app.capgo.supportdesk.security.SalesUsers;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class SalesUsersTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void with_no_users_configured_the_first_start_creates_one_with_a_random_password_logged_once() {
        withLog(log -> {
            jdbc.sql("DELETE FROM sales_user").update();
            SalesUsers first = new SalesUsers("", jdbc, encoder, Clock.systemUTC());
            String text = log.list.stream().map(ILoggingEvent::getFormattedMessage).reduce("", String::concat);
            Matcher m = Pattern.compile("created user 'sales' with password '([A-Za-z0-9]{20})'").matcher(text);
            assertThat(m.find()).isTrue();
            assertThat(encoder.matches(m.group(1), first.loadUserByUsername("sales").getPassword())).isTrue();

            new SalesUsers("", jdbc, encoder, Clock.systemUTC());
            assertThat(log.list).hasSize(1);
        });
    }

    @Test
    void a_lost_password_is_replaced_by_a_new_one_logged_once_and_the_old_one_stops_working() {
        withLog(log -> {
            jdbc.sql("DELETE FROM sales_user").update();
            SalesUsers users = new SalesUsers("", jdbc, encoder, Clock.systemUTC());
            String before = users.loadUserByUsername("sales").getPassword();

            users.resetPassword("sales", Clock.systemUTC());

            String text = log.list.getLast().getFormattedMessage();
            Matcher m = Pattern.compile("user 'sales' has the new password '([A-Za-z0-9]{20})'").matcher(text);
            assertThat(m.find()).isTrue();
            String after = users.loadUserByUsername("sales").getPassword();
            assertThat(after).isNotEqualTo(before);
            assertThat(encoder.matches(m.group(1), after)).isTrue();
        });
    }

    @Test
    void an_unknown_name_is_checked_against_a_random_hash_of_the_configured_hashes_highest_cost() {
        String cost12 = "{bcrypt}" + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(12).encode("secret");
        SalesUsers users = new SalesUsers("ada:" + cost12, jdbc, encoder, Clock.systemUTC());

        String dummy = users.loadUserByUsername("nobody").getPassword();

        assertThat(dummy).startsWith("{bcrypt}$2a$12$").isNotEqualTo(cost12)
                .isEqualTo(users.loadUserByUsername("someone-else").getPassword());
        assertThat(encoder.matches("secret", dummy)).isFalse();
    }

    /** Runs {@code test} with what SalesUsers logs captured. */
    private static void withLog(java.util.function.Consumer<ListAppender<ILoggingEvent>> test) {
        Logger logger = (Logger) LoggerFactory.getLogger(SalesUsers.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        try {
            test.accept(log);
        } finally {
            logger.detachAppender(log);
        }
    }

    @Test
    void two_first_starts_on_new_databases_never_share_a_password() {
        assertThat(SalesUsers.randomPassword()).isNotEqualTo(SalesUsers.randomPassword()).hasSize(20);
    }

    @Test
    void configured_entries_must_carry_an_encoded_password() {
        assertThat(SalesUsers.parse("a:{bcrypt}$2a$10$x, b:{noop}y")).containsKeys("a", "b");
        assertThatThrownBy(() -> SalesUsers.parse("a:plaintext")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("plaintext");
    }

    @Test
    void configured_entries_name_their_roles_before_the_hash_and_are_sales_users_without() {
        var users = SalesUsers.parse("a:{bcrypt}$2a$10$x, s:SUPPORT:{bcrypt}$2a$10$y, b:support+Sales:{noop}z");
        assertThat(users.get("a").roles()).containsExactly(StaffRoles.SALES);
        assertThat(users.get("s").roles()).containsExactly(StaffRoles.SUPPORT);
        assertThat(users.get("s").hash()).isEqualTo("{bcrypt}$2a$10$y");
        assertThat(users.get("b").roles()).containsExactlyInAnyOrder(StaffRoles.SALES, StaffRoles.SUPPORT);
        assertThatThrownBy(() -> SalesUsers.parse("c:ADMIN:{noop}z")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ADMIN");
        assertThatThrownBy(() -> SalesUsers.parse("c:SUPPORT:plaintext")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("plaintext");
    }
}
