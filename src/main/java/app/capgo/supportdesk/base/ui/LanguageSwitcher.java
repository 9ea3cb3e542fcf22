package app.capgo.supportdesk.base.ui;

import app.capgo.supportdesk.base.i18n.Messages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Switches between English and French for the whole session. The current route is built again in
 * the new language, without a page reload; views keep what the customer typed in the session. The
 * browser's own list, each language named in itself.
 */
final class LanguageSwitcher extends NativeSelect<Locale> {

    LanguageSwitcher() {
        setId("language");
        setAriaLabel(getTranslation("layout.language"));
        setItems(Messages.LOCALES, locale -> getTranslation("layout.language." + locale.getLanguage()),
                Locale::getLanguage);
        setValue(Messages.supported(getLocale()));
        addClassName("language-switcher");
        // A choice other than the session's language switches (showing the current one does not).
        addValueChangeListener(event -> {
            if (event.getValue() != null && !event.getValue().equals(Messages.supported(getLocale()))) {
                switchTo(event.getValue());
            }
        });
    }

    /** Shows the session's current language, with the label in that language. */
    void showCurrent() {
        setAriaLabel(getTranslation("layout.language"));
        setValue(Messages.supported(getLocale()));
    }

    /** Makes {@code locale} the session's language and rebuilds the current page in it. */
    static void switchTo(Locale locale) {
        UI ui = UI.getCurrent();
        Messages.use(ui, locale);
        Location location = ui.getActiveViewLocation();
        Map<String, List<String>> parameters = new HashMap<>(location.getQueryParameters().getParameters());
        if (parameters.containsKey(Messages.LANG_PARAMETER)) {
            // A link that names its language (the support flow's deep links) is rewritten to the new one.
            parameters.put(Messages.LANG_PARAMETER, List.of(locale.getLanguage()));
            ui.navigate(location.getPath(), new QueryParameters(parameters));
        } else {
            ui.refreshCurrentRoute(true);
        }
    }
}
