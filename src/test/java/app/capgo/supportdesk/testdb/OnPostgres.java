package app.capgo.supportdesk.testdb;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import javax.sql.DataSource;
import java.sql.Connection;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a Spring test on the embedded PostgreSQL ({@link TestPostgres}) with the production profile
 * {@code postgres}, instead of H2. A database suite gets its PostgreSQL twin as a subclass:
 * {@code @OnPostgres class InquiryMailOnPostgresTest extends InquiryMailTest {}}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = OnPostgres.Database.class)
@ExtendWith(OnPostgres.Check.class)
public @interface OnPostgres {

    /** Fails a test whose context did not end up on PostgreSQL (a test property that pins H2, say). */
    final class Check implements BeforeEachCallback {
        @Override
        public void beforeEach(ExtensionContext extension) throws Exception {
            DataSource dataSource = SpringExtension.getApplicationContext(extension).getBean(DataSource.class);
            try (Connection connection = dataSource.getConnection()) {
                String product = connection.getMetaData().getDatabaseProductName();
                if (!"PostgreSQL".equals(product)) {
                    throw new IllegalStateException("an @OnPostgres test runs on " + product);
                }
            }
        }
    }

    /** Points the datasource at the shared PostgreSQL test database. */
    final class Database implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPostgres.springContexts = true;
            TestPropertyValues.of("spring.datasource.url=" + TestPostgres.sharedUrl(),
                    "spring.datasource.username=" + TestPostgres.user(), "spring.datasource.password=")
                    .applyTo(context);
        }
    }
}
