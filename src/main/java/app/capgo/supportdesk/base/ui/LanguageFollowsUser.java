package app.capgo.supportdesk.base.ui;

import app.capgo.supportdesk.base.i18n.Messages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;

/**
 * The language follows the user on every route: a {@code lang} parameter ({@code en} or
 * {@code fr}) on any URL sets the session's language before the page is built, and the page's
 * {@code <html lang>} always names the language it is written in.
 */
@Component
class LanguageFollowsUser implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.addBeforeEnterListener(LanguageFollowsUser::applyLanguageParameter);
            ui.addAfterNavigationListener(after -> markLanguage(ui));
        });
    }

    private static void applyLanguageParameter(BeforeEnterEvent event) {
        Optional<Locale> wanted = Messages.language(event.getLocation().getQueryParameters().getParameters());
        UI ui = event.getUI();
        if (wanted.isPresent() && !wanted.get().equals(Messages.supported(ui.getLocale()))) {
            Messages.use(ui, wanted.get());
            // The page was about to be built in the former language: build it again in this one.
            event.rerouteTo(event.getLocation().getPath(), event.getLocation().getQueryParameters());
        }
    }

    /** Sets {@code <html lang>} to the UI's language (also after a switch in the header). */
    static void markLanguage(UI ui) {
        ui.getElement().executeJs("document.documentElement.lang = $0", Messages.supported(ui.getLocale()).getLanguage());
    }
}
