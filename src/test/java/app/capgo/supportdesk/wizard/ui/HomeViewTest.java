package app.capgo.supportdesk.wizard.ui;

import app.capgo.supportdesk.base.i18n.Messages;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import app.capgo.supportdesk.base.ui.NativeSelect;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class HomeViewTest extends SpringBrowserlessTest {

    @Test
    void the_home_page_greets_in_english_with_the_menu_built_from_menu_entries_and_the_staff_sign_in_in_the_footer() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("", Component.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Get the right help, fast");
        assertThat(menu()).contains("Home", "Get support", "SLA terms", "Premium Support");
        assertThat(app.capgo.supportdesk.base.ui.Frozen.element(find(app.capgo.supportdesk.base.ui.StaticHtml.class).all(),
                "login-link").text()).isEqualTo("Staff sign-in");
    }

    private java.util.List<String> menu() {
        Nav nav = find(Nav.class).id("site-nav");
        return nav.getElement().getChildren().filter(links -> "site-nav-links".equals(links.getAttribute("class")))
                .flatMap(links -> org.jsoup.Jsoup.parseBodyFragment(links.getProperty("innerHTML", "")).select("a").stream())
                .map(org.jsoup.nodes.Element::text).toList();
    }

    @Test
    void switching_to_french_rebuilds_the_page_and_menu_in_french_for_the_session() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("", Component.class);

        @SuppressWarnings("unchecked")
        NativeSelect<Locale> language = find(NativeSelect.class).id("language");
        language.setValue(Locale.FRENCH);

        assertThat(find(H1.class).single().getText()).isEqualTo("La bonne aide, rapidement");
        assertThat(menu()).contains("Accueil");
        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Messages.FRENCH);
    }
}
