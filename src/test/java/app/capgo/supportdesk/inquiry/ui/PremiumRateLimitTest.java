package app.capgo.supportdesk.inquiry.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@TestPropertySource(properties = "support.rate-limit.submissions=3")
class PremiumRateLimitTest extends PremiumFormTestSupport {

    @Test
    void too_many_submissions_from_one_client_get_a_clear_message_and_keep_the_data() {
        for (int i = 0; i < 3; i++) {
            open("plan=team");
            fill("Repeat " + i, "repeat@example.com");
            test(find(Button.class).id("inquiry-submit")).click();
        }
        open("plan=team");
        fill("Repeat 4", "repeat@example.com");
        test(find(Button.class).id("inquiry-submit")).click();
        assertThat(result().getElement().hasAttribute("data-reference")).isFalse();
        assertThat(find(Paragraph.class).withClassName("form-error").single().getText()).startsWith("Too many inquiries");
        assertThat(find(TextField.class).id("inquiry-name").getValue()).isEqualTo("Repeat 4");
    }

}
