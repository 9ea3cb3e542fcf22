package app.capgo.supportdesk.inquiry;

import app.capgo.supportdesk.SupportDeskApplication;
import app.capgo.supportdesk.inquiry.mail.QuietOutbox;
import app.capgo.supportdesk.testdb.QuotaFileSystem;
import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A full disk under the H2 file database: nothing the customer was told is stored may be lost, and
 * nothing is emailed for what was not stored. The database runs with the production URL (from
 * {@code application.properties}) on a disk whose free space the test controls
 * ({@link QuotaFileSystem}); the app is restarted on the same files to read what survived.
 */
class DiskFullTest {

    @TempDir
    Path data;
    private final List<ConfigurableApplicationContext> apps = new ArrayList<>();

    @BeforeAll
    static void quotaDisk() {
        QuotaFileSystem.install();
    }

    @AfterEach
    void stop() {
        QuotaFileSystem.free();
        apps.forEach(ConfigurableApplicationContext::close);
    }

    /** The production H2 URL, on the quota disk. */
    private static String productionUrlOnQuotaDisk() throws IOException {
        String url = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"))
                .getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:h2:file:");
        return url.replace("jdbc:h2:file:", "jdbc:h2:quota:");
    }

    private ConfigurableApplicationContext start() throws IOException {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(SupportDeskApplication.class).run(
                "--spring.datasource.url=" + productionUrlOnQuotaDisk(), "--support.data-dir=" + data,
                "--server.port=0", "--vaadin.devmode.devTools.enabled=false",
                // An email whose first attempt met the closed database is tried again after this.
                "--support.mail.sending-timeout=2s",
                // The retries of the shared test configuration are slower (1 s): this suite was written against 200 ms.
                "--support.mail.retry-poll=200ms");
        apps.add(app);
        return app;
    }

    private static SubmissionResult submit(ConfigurableApplicationContext app, String name, String client) {
        return app.getBean(InquiryService.class).submit(Inquiries.valid(name), Locale.ENGLISH, client);
    }

    private static String readiness(ConfigurableApplicationContext app) {
        return app.getBean(HealthEndpoint.class).healthForPath("readiness").getStatus().getCode();
    }

    @Test
    void an_inquiry_acknowledged_before_the_disk_filled_survives_and_one_refused_meanwhile_sends_nothing()
            throws Exception {
        ConfigurableApplicationContext app = start();
        GreenMail smtp = app.getBean(GreenMail.class);
        var first = submit(app, "Before Full", "10.7.0.1");
        assertThat(first).isInstanceOf(SubmissionResult.Submitted.class);
        // The disk fills at once after the acknowledgement: the commit must already be on it.
        QuotaFileSystem.fill();
        var refused = submit(app, "While Full", "10.7.0.2");
        assertThat(refused).as("a submission the disk cannot hold is not acknowledged")
                .isInstanceOf(SubmissionResult.NotStored.class);
        assertThat(QuotaFileSystem.refusedWrites()).as("the full disk was written to").isPositive();
        await().atMost(Duration.ofSeconds(10)).until(() -> readiness(app).equals("DOWN"));

        QuotaFileSystem.free();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> readiness(app).equals("UP"));
        var after = submit(app, "After Free", "10.7.0.3");
        assertThat(after).as("the app recovers by itself once space is back").isInstanceOf(SubmissionResult.Submitted.class);
        String firstReference = ((SubmissionResult.Submitted) first).reference();
        String afterReference = ((SubmissionResult.Submitted) after).reference();
        await().atMost(Duration.ofSeconds(30)).until(() -> smtp.getReceivedMessages().length >= 4);
        QuietOutbox.awaitQuiet(app, List.of(firstReference, afterReference), Duration.ofSeconds(30)); // a late email has arrived by then
        // An email sent while the disk filled may be sent again once space is back (its "sent" could
        // not be written): it carries the same Message-ID, which mail clients take as one message.
        Set<String> ids = new HashSet<>();
        for (var message : smtp.getReceivedMessages()) {
            ids.add(message.getHeader("Message-ID")[0]);
        }
        assertThat(ids).as("each stored inquiry's two emails, nothing for the refused one").containsExactlyInAnyOrder(
                "<" + firstReference + ".sales@capgo.app>", "<" + firstReference + ".customer@capgo.app>",
                "<" + afterReference + ".sales@capgo.app>", "<" + afterReference + ".customer@capgo.app>");

        app.close();
        ConfigurableApplicationContext restarted = start();
        List<String> stored = restarted.getBean(InquiryRepository.class).findAll().stream().map(Inquiry::reference).toList();
        assertThat(stored).containsExactlyInAnyOrder(firstReference, afterReference);
    }
}
