package app.capgo.supportdesk.base;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseFileTest {

    @TempDir
    Path dir;

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("support-desk") + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    @Test
    void an_empty_database_file_stops_the_start_with_a_plain_message() throws Exception {
        Files.createFile(dir.resolve("support-desk.mv.db"));
        assertThatThrownBy(() -> DatabaseFile.check(url())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is empty (0 bytes)").hasMessageContaining("restore the file from a backup");
    }

    @Test
    void a_missing_file_is_a_first_start_and_a_filled_one_a_normal_start() throws Exception {
        assertThatCode(() -> DatabaseFile.check(url())).doesNotThrowAnyException();
        Files.writeString(dir.resolve("support-desk.mv.db"), "H2 data");
        assertThatCode(() -> DatabaseFile.check(url())).doesNotThrowAnyException();
        assertThatCode(() -> DatabaseFile.check("jdbc:postgresql://localhost/x")).doesNotThrowAnyException();
    }
}
