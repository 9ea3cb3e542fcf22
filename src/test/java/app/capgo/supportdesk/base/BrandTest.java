package app.capgo.supportdesk.base;

import app.capgo.supportdesk.base.ui.Frozen;
import app.capgo.supportdesk.base.ui.StaticHtml;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A deployment gives the desk its own name, logo and primary colour; a colour that is not one is refused at start. */
@SpringBootTest(properties = {"support.brand.name=Acme Help", "support.brand.logo=https://cdn.example.com/acme.svg",
        "support.brand.primary-color=#0a7d4f"})
class BrandTest extends SpringBrowserlessTest {

    @Test
    void the_header_shows_the_configured_name_logo_and_colour() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("", Component.class);
        StaticHtml product = find(StaticHtml.class).id("app-name");
        org.jsoup.nodes.Element link = Frozen.element(List.of(product), "app-name");
        assertThat(link.text()).isEqualTo("Acme Help");
        assertThat(link.select("img").attr("src")).isEqualTo("https://cdn.example.com/acme.svg");
        Component site = product.getParent().orElseThrow().getParent().orElseThrow();
        assertThat(site.getElement().getStyle().get("--app-brand-colour")).isEqualTo("#0a7d4f");
        assertThat(site.getElement().getClassList()).contains("custom-brand");
    }

    @Test
    void a_primary_colour_that_could_break_out_of_its_style_is_refused() {
        assertThatThrownBy(() -> new BrandProperties("", "icons/logo.svg", "red; } body { display: none"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("support.brand.primary-color");
        assertThat(new BrandProperties("", "icons/logo.svg", "hsl(150, 85%, 27%)").configuredColour())
                .contains("hsl(150, 85%, 27%)");
        assertThat(new BrandProperties(" ", "icons/logo.svg", "").configuredName()).isEmpty();
    }
}
