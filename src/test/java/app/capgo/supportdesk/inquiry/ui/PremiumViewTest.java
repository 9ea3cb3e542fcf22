package app.capgo.supportdesk.inquiry.ui;

import app.capgo.supportdesk.inquiry.InquiryPlan;
import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PremiumViewTest extends PremiumFormTestSupport {

    @Autowired
    GreenMail smtp;

    @Test
    @SuppressWarnings("unchecked")
    void submitting_stores_the_inquiry_shows_its_reference_and_emails_go_out() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        open("plan=team");
        assertThat(((RadioButtonGroup<InquiryPlan>) find(RadioButtonGroup.class).id("inquiry-plan")).getValue())
                .isEqualTo(InquiryPlan.TEAM);
        fill("Ada Lovelace", "ada@example.com");
        test(find(Button.class).id("inquiry-submit")).click();

        String reference = result().getElement().getAttribute("data-reference");
        assertThat(reference).matches("PS-\\d{4}-\\d{6}");
        await().atMost(Duration.ofSeconds(15)).until(() -> java.util.Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> subject(m).contains(reference)).count() == 2);
    }

    @Test
    void a_plan_other_than_team_or_enterprise_explains_premium_is_for_them() {
        open("plan=maker&lang=en");
        assertThat(find(Paragraph.class).id("inquiry-plan-note").isVisible()).isTrue();
    }

    @Test
    void invalid_fields_get_messages_in_french_and_nothing_is_submitted() {
        VaadinSession.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().setLocale(Locale.FRENCH);
        open("plan=enterprise");
        fill("Eve", "pas-un-email");
        test(find(Button.class).id("inquiry-submit")).click();

        TextField email = find(TextField.class).id("inquiry-email");
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Veuillez indiquer une seule adresse e-mail valide, comme jeanne@example.com.");
        assertThat(result().getElement().hasAttribute("data-reference")).isFalse();
        assertThat(find(TextField.class).id("inquiry-name").getValue()).isEqualTo("Eve");
    }

    private static String subject(jakarta.mail.Message m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
