package app.capgo.supportdesk.inquiry.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.Locale;

/** Opening and filling the premium-support form in browserless tests. */
@SpringBootTest
abstract class PremiumFormTestSupport extends SpringBrowserlessTest {

    @BeforeEach
    void english() {
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    /** Opens the form afresh (leaving it first, as a new visit would). */
    void open(String query) {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("premium", QueryParameters.fromString(query));
    }

    void fill(String name, String email) {
        test(find(TextField.class).id("inquiry-name")).setValue(name);
        test(find(TextField.class).id("inquiry-email")).setValue(email);
        test(find(TextField.class).id("inquiry-company")).setValue("Acme Apps");
        test(find(TextArea.class).id("inquiry-message")).setValue("We want a dedicated channel.");
    }

    Div result() {
        return find(Div.class).id("inquiry-result");
    }
}
