package app.capgo.supportdesk.base;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import app.capgo.supportdesk.base.ui.Toast;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class ErrorHandlingTest extends SpringBrowserlessTest {

    @Test
    void an_unexpected_error_is_shown_as_a_friendly_message_in_the_users_language() {
        VaadinSession.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate("", com.vaadin.flow.component.Component.class);

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("boom")));
        roundTrip();

        assertThat(find(Toast.class).single().getText())
                .isEqualTo("Un problème est survenu de notre côté. Ce que vous avez saisi est conservé\u00a0; veuillez réessayer.");
    }
}
