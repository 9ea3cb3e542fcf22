package app.capgo.supportdesk.e2e;

import app.capgo.supportdesk.SupportDeskApplication;
import app.capgo.supportdesk.wizard.StatusServer;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app in its own JVM with a 256 MB heap, its status feed answering 300 MB and then a body that
 * never ends: customers still get their flow and the app keeps answering everyone.
 */
class SmallHeapStatusFeedBrowserTest {

    private final StatusServer feed = new StatusServer();
    private Process app;

    @TempDir
    Path data;

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null) {
            app.destroyForcibly();
            app.waitFor();
        }
        feed.close();
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void a_huge_or_endless_status_feed_does_not_take_the_app_down() throws Exception {
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        app = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                SupportDeskApplication.class.getName(), "--server.port=" + port, "--support.status.url=" + feed.url(),
                "--support.status.cache-ttl=0s", "--support.status.failure-ttl=0s", "--support.mail.embedded=true", "--support.mail.embedded-port=0",
                "--support.data-dir=" + data, "--vaadin.devmode.devTools.enabled=false")
                .redirectErrorStream(true).redirectOutput(data.resolve("app.log").toFile()).start();
        String base = "http://localhost:" + port;
        awaitAnswer(base + "/", Duration.ofSeconds(90));

        try (Browser browser = new Browser()) {
            for (StatusServer.Answer answer : new StatusServer.Answer[]{
                    new StatusServer.Answer.Huge(300L * 1024 * 1024), new StatusServer.Answer.Endless()}) {
                feed.answer(answer);
                Page page = browser.newPage("en-GB", 1280);
                page.navigate(base + "/support?topic=outage");
                assertThat(page.locator("#plan")).isVisible();
            }
        }
        assertThat(app.isAlive()).as("the app survived").isTrue();
        assertThat(status(base + "/sla")).isEqualTo(200);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private int status(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private void awaitAnswer(String url, Duration limit) throws Exception {
        Instant end = Instant.now().plus(limit);
        while (Instant.now().isBefore(end)) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the app stopped at start; see " + data.resolve("app.log"));
            }
            try {
                if (status(url) == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the app did not answer within " + limit);
    }
}
