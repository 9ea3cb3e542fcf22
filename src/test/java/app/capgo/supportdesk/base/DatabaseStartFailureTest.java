package app.capgo.supportdesk.base;

import app.capgo.supportdesk.SupportDeskApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A start that cannot open its database says why and what to change, in one analysis, not a stack
 * trace: a data folder used by another running instance, a data folder that cannot be created, a
 * PostgreSQL that cannot be reached.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseStartFailureTest {

    private static void start(String... settings) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0",
                "--support.mail.embedded-port=0", "--vaadin.devmode.devTools.enabled=false"));
        arguments.addAll(List.of(settings));
        new SpringApplicationBuilder(SupportDeskApplication.class).run(arguments.toArray(String[]::new)).close();
    }

    /** The app's default database, an H2 file in {@code folder} (the tests' own config uses memory). */
    private static String[] dataIn(Path folder) {
        return new String[]{"--support.data-dir=" + folder,
                "--spring.datasource.url=jdbc:h2:file:" + folder + "/support-desk;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0"};
    }

    /** The analysis Spring Boot printed, and no stack trace of the database driver or the pool. */
    private static void assertPlainly(CapturedOutput output, String cause, String setting) {
        assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START").contains(cause)
                .contains(setting).doesNotContainPattern("\\tat (org\\.h2|org\\.postgresql|com\\.zaxxer)");
    }

    @Test
    void a_data_folder_used_by_another_running_instance(CapturedOutput output, @TempDir Path folder) throws Exception {
        // Another process holds the H2 file open (as a running instance would).
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String h2 = Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        Process other = new ProcessBuilder(java, "-cp", h2, "org.h2.tools.Shell", "-url",
                "jdbc:h2:file:" + folder.resolve("support-desk"), "-user", "sa", "-password", "")
                .redirectErrorStream(true).start();
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(folder.resolve("support-desk.mv.db")));
            Thread.sleep(500);
            assertThatThrownBy(() -> start(dataIn(folder))).isInstanceOf(RuntimeException.class);
            assertPlainly(output, "already used by another running instance", "SUPPORT_DATA_DIR");
        } finally {
            other.destroyForcibly().waitFor();
        }
    }

    @Test
    void a_data_folder_that_cannot_be_created(CapturedOutput output, @TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("a-file"), "not a folder");
        assertThatThrownBy(() -> start(dataIn(file.resolve("data")))).isInstanceOf(RuntimeException.class);
        assertPlainly(output, "cannot be created or written", "SUPPORT_DATA_DIR");
    }

    @Test
    void a_relative_data_folder_without_dot_slash(CapturedOutput output) {
        assertThatThrownBy(() -> start("--support.data-dir=target/no-dot-slash",
                "--spring.datasource.url=jdbc:h2:file:target/no-dot-slash/support-desk")).isInstanceOf(RuntimeException.class);
        assertPlainly(output, "relative path without ./", "./target/no-dot-slash");
    }

    @Test
    void a_postgresql_that_cannot_be_reached(CapturedOutput output) throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        assertThatThrownBy(() -> start("--spring.profiles.active=postgres",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + closed + "/supportdesk"))
                .isInstanceOf(RuntimeException.class);
        assertPlainly(output, "PostgreSQL cannot be reached at jdbc:postgresql://127.0.0.1:" + closed, "SPRING_DATASOURCE_URL");
    }
}
