package app.capgo.supportdesk.inquiry.ui;

import app.capgo.supportdesk.testdb.QuotaFileSystem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/** What the customer sees when the disk under the database is full: a clear message, their text kept. */
class PremiumDiskFullTest extends PremiumFormTestSupport {

    @DynamicPropertySource
    static void quotaDisk(DynamicPropertyRegistry registry) throws IOException {
        QuotaFileSystem.install();
        String folder = Files.createTempDirectory("disk-full").toString();
        registry.add("spring.datasource.url", () -> "jdbc:h2:quota:" + folder + "/support-desk;WRITE_DELAY=0");
    }

    @AfterEach
    void free() {
        QuotaFileSystem.free();
    }

    @Test
    void a_full_disk_says_nothing_was_stored_or_sent_and_keeps_what_the_customer_typed() {
        open("plan=team");
        fill("Full Disk", "full@example.com");
        QuotaFileSystem.fill();
        test(find(Button.class).id("inquiry-submit")).click();
        assertThat(result().getElement().hasAttribute("data-reference")).isFalse();
        assertThat(find(Paragraph.class).withClassName("form-error").single().getText())
                .isEqualTo("We could not store your request, so nothing was sent. What you typed is kept:"
                        + " please try again in a moment.");
        assertThat(find(TextField.class).id("inquiry-name").getValue()).isEqualTo("Full Disk");
        assertThat(find(TextArea.class).id("inquiry-message").getValue()).isEqualTo("We want a dedicated channel.");
    }
}
