package app.capgo.supportdesk.base;

import app.capgo.supportdesk.base.i18n.Messages;
import app.capgo.supportdesk.inquiry.Inquiries;
import app.capgo.supportdesk.inquiry.InquiryService;
import app.capgo.supportdesk.sla.ui.SlaPage;
import app.capgo.supportdesk.wizard.StatusServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every address a text shows comes from configuration: with another support address, no page,
 * verdict or email of the app says support@capgo.app, and the configured one appears instead.
 */
@SpringBootTest(properties = {"support.channels.support-email=help@desk.example",
        "support.channels.website=https://www.example.org"})
class ConfiguredAddressesTest extends SpringBrowserlessTest {

    private static final String PUBLISHED = "support@capgo.app";
    private static final String CONFIGURED = "help@desk.example";
    static final StatusServer STATUS = new StatusServer();

    @Autowired
    InquiryService inquiries;
    @Autowired
    GreenMail smtp;

    @DynamicPropertySource
    static void statusFeed(DynamicPropertyRegistry registry) {
        STATUS.feed(registry);
    }

    @AfterAll
    static void stopStatus() {
        STATUS.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "support?topic=billing",
            "support?topic=sla-credit&plan=enterprise",
            "support?topic=setup&plan=team&tier=standard&email=registered&access=developer&impact=major&env=production",
            "support?topic=app-debugging",
            "support?topic=premium",
            "sla", "premium", ""})
    void no_page_names_the_published_address_when_another_is_configured(String location) {
        for (Locale locale : Messages.LOCALES) {
            UI.getCurrent().setLocale(locale);
            String[] parts = location.split("\\?", 2);
            UI.getCurrent().navigate(parts[0], QueryParameters.fromString(parts.length > 1 ? parts[1] : ""));
            if (parts[0].equals(Routes.SLA)) {
                SlaPage.built(getCurrentView()); // the credit calculator, which names the address, comes then
            }
            await().pollInSameThread().atMost(Duration.ofSeconds(5)).until(() -> {
                roundTrip();
                return find(Div.class).withId("status-checking").all().isEmpty();
            });
            String page = UI.getCurrent().getChildren().map(c -> everything(c.getElement()))
                    .collect(java.util.stream.Collectors.joining());
            assertThat(page).as("%s in %s", location, locale).doesNotContain(PUBLISHED).doesNotContain("capgo.app/help");
            if (location.contains("billing") || location.contains("sla") || location.contains("developer")) {
                assertThat(page).as("%s in %s", location, locale).contains(CONFIGURED);
            }
            if (location.contains("billing")) {
                assertThat(page).contains("https://www.example.org").contains("example.org").doesNotContain("capgo.app.");
            }
        }
    }

    @Test
    void no_email_names_the_published_address_when_another_is_configured() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        inquiries.submit(Inquiries.valid("Ana Lima"), Locale.ENGLISH, "10.9.0.1");
        inquiries.submit(Inquiries.valid("Ana Lima"), Locale.FRENCH, "10.9.0.2");
        await().atMost(Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessages().length >= 4);
        for (var message : smtp.getReceivedMessages()) {
            assertThat(GreenMailUtil.getWholeMessage(message)).doesNotContain(PUBLISHED);
        }
    }

    /** Every text, attribute and property value under {@code element}. */
    private static String everything(Element element) {
        StringBuilder all = new StringBuilder(element.getText()).append('\n');
        element.getAttributeNames().forEach(a -> all.append(element.getAttribute(a)).append('\n'));
        element.getPropertyNames().forEach(p -> all.append(element.getProperty(p, "")).append('\n'));
        element.getChildren().forEach(child -> all.append(everything(child)));
        return all.toString();
    }
}
