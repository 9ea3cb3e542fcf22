package app.capgo.supportdesk.testdb;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On PostgreSQL a commit the app acknowledges is durable: the app's connections commit
 * synchronously even on a server whose default is {@code synchronous_commit=off} (as the embedded
 * test server's is, for speed).
 */
@SpringBootTest
@OnPostgres
class DurableCommitsOnPostgresTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_apps_connections_commit_synchronously() {
        assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
    }
}
