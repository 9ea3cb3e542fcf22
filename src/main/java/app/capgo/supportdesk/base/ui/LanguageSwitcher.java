package app.capgo.supportdesk.base.ui;

import app.capgo.supportdesk.base.i18n.Messages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Switches between English and French for the whole session. The current route is built again in
 * the new language, without a page reload; views keep what the customer typed in the session.
 */
final class LanguageSwitcher extends Select<Locale> {

    LanguageSwitcher() {
        setId("language");
        setAriaLabel(getTranslation("layout.language"));
        setItems(Messages.LOCALES);
        // The field shows the short code (the header keeps one line on a phone), the list the full names.
        setItemLabelGenerator(locale -> locale.getLanguage().toUpperCase(Locale.ROOT));
        setRenderer(new ComponentRenderer<>(locale -> new Span(getTranslation("layout.language." + locale.getLanguage()))));
        setValue(Messages.supported(getLocale()));
        addClassName("language-switcher");
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
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
