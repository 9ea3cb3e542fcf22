package app.capgo.supportdesk.inquiry.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The privacy notice takes its period and addresses from configuration, and the footer links it on every page. */
@SpringBootTest(properties = {"support.retention.period=18m", "support.sales.recipients=sales@example.com"})
class PrivacyViewTest extends SpringBrowserlessTest {

    @Test
    void the_notice_says_how_long_from_the_retention_setting_and_whom_to_write_to() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("privacy", Component.class);
        assertThat(find(Paragraph.class).id("privacy-kept").getText()).contains("18 months after it was sent");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Write to sales@example.com with your reference");
    }

    @Test
    void every_page_links_the_notice_and_the_published_pages_in_its_footer() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate("sla", Component.class);
        assertThat(find(Anchor.class).id("footer-privacy").getHref()).isEqualTo("privacy");
        assertThat(find(Anchor.class).id("footer-privacy").getText()).isEqualTo("Confidentialité");
        assertThat(find(Anchor.class).id("footer-policy").getHref()).isEqualTo("https://capgo.app/support-policy");
        assertThat(find(Anchor.class).id("footer-sla").getHref()).isEqualTo("https://capgo.app/sla");
        assertThat(find(Anchor.class).id("footer-status").getHref()).isEqualTo("https://status.capgo.app");
    }
}
