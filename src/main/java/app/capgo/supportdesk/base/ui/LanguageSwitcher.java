package app.capgo.supportdesk.base.ui;

import app.capgo.supportdesk.base.i18n.Messages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;

import java.util.Locale;

/**
 * Switches between English and French for the whole session. The current route is built again in
 * the new language, without a page reload; views keep what the customer typed in the session.
 */
final class LanguageSwitcher extends Select<Locale> {

    LanguageSwitcher() {
        setId("language");
        setAriaLabel(getTranslation("layout.language"));
        setItems(Messages.LOCALES);
        setItemLabelGenerator(locale -> getTranslation("layout.language." + locale.getLanguage()));
        setValue(Messages.supported(getLocale()));
        addClassName("language-switcher");
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                switchTo(event.getValue());
            }
        });
    }

    /** Makes {@code locale} the session's language and rebuilds the current page in it. */
    static void switchTo(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI ui = UI.getCurrent();
        ui.setLocale(locale);
        ui.refreshCurrentRoute(true);
    }
}
