package app.capgo.supportdesk.inquiry;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The validation messages ({@code ValidationMessages*.properties}) in a given language. */
public final class ValidationTexts {

    private ValidationTexts() {
    }

    /** The text of a template such as {@code {inquiry.too-long}} in {@code locale}'s language. */
    public static String message(String template, Locale locale) {
        String key = template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1) : template;
        try {
            return ResourceBundle.getBundle("ValidationMessages", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return template;
        }
    }
}
