package app.capgo.supportdesk.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The app's one translation source: {@code messages.properties} (English, the fallback) and
 * {@code messages_fr.properties}. A missing key shows as {@code !key!} and is logged.
 */
@Component
public class Messages implements I18NProvider {

    public static final String BUNDLE = "messages";
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale FRENCH = Locale.FRENCH;
    public static final List<Locale> LOCALES = List.of(ENGLISH, FRENCH);

    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale supported = supported(locale);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            String pattern = bundle.getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, supported).format(params);
        } catch (MissingResourceException e) {
            LOG.warn("Missing translation {} for {}", key, supported);
            return "!" + key + "!";
        }
    }

    /** The supported locale closest to {@code locale}: French for any French, else English. */
    public static Locale supported(Locale locale) {
        return FRENCH.getLanguage().equals(locale.getLanguage()) ? FRENCH : ENGLISH;
    }
}
