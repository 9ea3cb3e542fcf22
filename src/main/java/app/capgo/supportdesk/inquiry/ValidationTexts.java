package app.capgo.supportdesk.inquiry;

import app.capgo.supportdesk.base.i18n.Messages;

import java.util.Locale;

/** The validation messages ({@code ValidationMessages*.properties}) in a given language. */
public final class ValidationTexts {

    private ValidationTexts() {
    }

    /** The text of a template such as {@code {inquiry.too-long}} in {@code locale}'s language. */
    public static String message(String template, Locale locale) {
        String key = template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1) : template;
        return Messages.lookup("ValidationMessages", key, locale).orElse(template);
    }
}
