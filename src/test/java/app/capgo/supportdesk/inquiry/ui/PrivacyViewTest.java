package app.capgo.supportdesk.inquiry.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
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
        assertThat(footer("footer-privacy").attr("href")).isEqualTo("privacy");
        assertThat(footer("footer-privacy").text()).isEqualTo("Confidentialité");
        assertThat(footer("footer-policy").attr("href")).isEqualTo("https://capgo.app/support-policy");
        assertThat(footer("footer-sla").attr("href")).isEqualTo("https://capgo.app/sla");
        assertThat(footer("footer-status").attr("href")).isEqualTo("https://status.capgo.app");
    }

    /** A link of the footer, which is sent frozen. */
    private org.jsoup.nodes.Element footer(String id) {
        return app.capgo.supportdesk.base.ui.Frozen.element(find(app.capgo.supportdesk.base.ui.StaticHtml.class).all(), id);
    }
}
