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

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

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
    void anyone_may_ask_and_the_offer_shows_the_configured_prices() {
        open("plan=none&topic=app-debugging&lang=en");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<InquiryPlan> plan = find(RadioButtonGroup.class).id("inquiry-plan");
        assertThat(plan.getValue()).isEqualTo(InquiryPlan.NONE);
        assertThat(find(Paragraph.class).id("inquiry-offer").getText())
                .isEqualTo("€1,000 per month with 4 hours of expert support included; each additional hour €250."
                        + " Cancel anytime; unused hours do not roll over.");
        assertThat(find(TextArea.class).id("inquiry-message").getValue()).startsWith("About: Debugging my own app");
    }

    @Test
    void three_clicks_in_one_request_store_one_inquiry() {
        open("plan=team");
        fill("Triple Click", "triple@example.com");
        Button submit = find(Button.class).id("inquiry-submit");
        // Button.click() runs the listener as a crafted request would, even once the form is hidden.
        submit.click();
        submit.click();
        submit.click();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM inquiry WHERE name = 'Triple Click'").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void the_published_benefits_are_shown_with_the_aim_as_an_aim_and_who_may_buy_it_says_the_pages_disagree() {
        open("lang=en");
        String benefits = find(com.vaadin.flow.component.html.Div.class).id("inquiry-benefits").getElement()
                .getTextRecursively();
        assertThat(benefits).contains("Priority response time.", "Direct access to engineers.",
                "“to respond within hours during business days” (an aim, not a target)",
                "Contact by email or Discord once subscribed.",
                "the Premium Support page offers it to any company with a Capacitor app",
                "the support policy mentions it for Team and Enterprise customers");
        open("topic=sla-credit&lang=en");
        assertThat(find(com.vaadin.flow.component.html.Div.class).withId("inquiry-benefits").all())
                .as("an Enterprise question is not about Premium Support: no benefits shown").isEmpty();
    }

    @Test
    void the_offer_reads_in_french_with_french_number_formats() {
        VaadinSession.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().setLocale(Locale.FRENCH);
        open("");
        assertThat(find(Paragraph.class).id("inquiry-offer").getText())
                .startsWith("1\u202f000\u00a0€ par mois avec 4 heures de support expert incluses");
    }

    @Test
    void an_address_sending_could_never_reach_is_refused_at_the_form_with_a_clear_message() {
        open("plan=team");
        fill("Alice", "alice@exa_mple.com");
        test(find(Button.class).id("inquiry-submit")).click();

        TextField email = find(TextField.class).id("inquiry-email");
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).startsWith("Please enter one email address that can receive mail");
        assertThat(result().getElement().hasAttribute("data-reference")).isFalse();
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
        assertThat(email.getErrorMessage()).startsWith("Veuillez indiquer une seule adresse e-mail valide, comme jeanne@example.com");
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
