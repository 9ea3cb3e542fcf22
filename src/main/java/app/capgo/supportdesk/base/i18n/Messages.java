package app.capgo.supportdesk.base.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

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
    /** The query parameter that names a page's language in links ({@code en} or {@code fr}). */
    public static final String LANG_PARAMETER = "lang";

    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);
    private static final Pattern FIRST_OF_MONTH = Pattern.compile(
            "(?<![\\d])1 (?=(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\\b)");

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale supported = supported(locale);
        return lookup(BUNDLE, key, supported)
                .map(pattern -> params.length == 0 ? pattern : new MessageFormat(pattern, supported).format(params))
                .orElseGet(() -> {
                    LOG.warn("Missing translation {} for {}", key, supported);
                    return "!" + key + "!";
                });
    }

    /** The text of {@code key} in the properties bundle {@code bundle}, in English or French. */
    public static Optional<String> lookup(String bundle, String key, Locale locale) {
        try {
            return Optional.of(ResourceBundle.getBundle(bundle, supported(locale),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    /** The language a link's query parameters name in their {@code lang}, if one of the two. */
    public static Optional<Locale> language(Map<String, List<String>> parameters) {
        return parameters.getOrDefault(LANG_PARAMETER, List.of()).stream().findFirst().flatMap(Messages::language);
    }

    /** The language a {@code lang} parameter names: {@code en} or {@code fr}; empty for anything else. */
    public static Optional<Locale> language(String code) {
        return LOCALES.stream().filter(l -> l.getLanguage().equals(code)).findFirst();
    }

    /** Makes {@code locale} the language of the session and of {@code ui}. */
    public static void use(UI ui, Locale locale) {
        if (!locale.equals(ui.getLocale())) {
            VaadinSession.getCurrent().setLocale(locale);
            ui.setLocale(locale);
        }
    }

    /** The supported locale closest to {@code locale}: French for any French, else English. */
    public static Locale supported(Locale locale) {
        return isFrench(locale) ? FRENCH : ENGLISH;
    }

    /**
     * {@code value} formatted with {@code pattern} in {@code locale}; in French the first day of a
     * month is written as an ordinal, as French does ("1er décembre").
     */
    public static String format(TemporalAccessor value, String pattern, Locale locale) {
        String text = DateTimeFormatter.ofPattern(pattern, locale).format(value);
        return isFrench(locale) ? FIRST_OF_MONTH.matcher(text).replaceAll("1er ") : text;
    }

    /**
     * The locale of the date and time pickers: day first and a 24-hour clock in both languages
     * (British English, France's French), as the dates the app writes ("Tuesday 1 December 2026 at 07:45").
     */
    public static Locale dateLocale(Locale locale) {
        return isFrench(locale) ? Locale.FRANCE : Locale.UK;
    }

    /** Whether {@code locale} is a French one (fr, fr-FR, fr-CA, ...). */
    public static boolean isFrench(Locale locale) {
        return FRENCH.getLanguage().equals(locale.getLanguage());
    }
}
