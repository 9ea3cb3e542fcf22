package app.capgo.supportdesk.base.i18n;

/**
 * Translated texts by key, in one language: a view passes its {@code getTranslation}, code outside
 * a view {@code (key, params) -> messages.getTranslation(key, locale, params)}.
 */
@FunctionalInterface
public interface Translator {
    String get(String key, Object... params);
}
